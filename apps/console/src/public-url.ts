import { publicUrlFrom } from "./env-schema";

// The console's public address. Apart from env.ts so that the proxy can read it without loading
// env.ts's server modules; env.ts re-exports it.
export const publicUrl = publicUrlFrom(process.env);
