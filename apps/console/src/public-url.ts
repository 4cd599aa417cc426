import { publicUrlFrom } from "./env-schema";
import { isHttpsAddress } from "./http/security-headers";

// The console's public address. Apart from env.ts so that the proxy can read it without loading
// env.ts's server modules; env.ts re-exports it.
export const publicUrl = publicUrlFrom(process.env);

/** The console's one rule for cookies' Secure flag (and HSTS): its public address is https. */
export const servedOverHttps = isHttpsAddress(publicUrl);
