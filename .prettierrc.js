export { default } from "@pb/prettier-config";
