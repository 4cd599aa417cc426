// Imported by browser code: type-only, so no server module is pulled into the client bundle.
export type { AppRouter } from "./root";
