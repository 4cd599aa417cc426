export { appRouter, createCaller, type AppRouter } from "./root";
export { councilProcedure, createContext, createRouter, type Context } from "./trpc";
export { toTrpcError } from "./errors";
export { financialYearRange } from "./inputs";
export { isSafeText, UNSAFE_TEXT_MESSAGE } from "./safe-text";
