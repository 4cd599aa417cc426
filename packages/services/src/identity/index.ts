export * from "./identity-settings";
export { judgeLocalPasswordsOff } from "./sign-in-settings-rules";
