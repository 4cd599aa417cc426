export { appRouter, createCaller, type AppRouter } from "./root";
export { createContext, type Context } from "./trpc";
export { NotFoundError, ConflictError, ValidationError, ForbiddenError } from "./errors";
export { financialYearRange } from "./inputs";
