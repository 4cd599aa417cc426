import { publicUrlFrom, trustedProxiesFrom } from "./env-schema";
import { isHttpsAddress } from "./http/security-headers";

// The settings the proxy reads, from the same rules env.ts parses with: the console's public address and
// how many proxies of the host's own stand in front of it. Apart from env.ts so that the proxy can read
// them without loading env.ts's server modules.
export const publicUrl = publicUrlFrom(process.env);

/** The console's one rule for cookies' Secure flag (and HSTS): its public address is https. */
export const servedOverHttps = isHttpsAddress(publicUrl);

/** Only with proxies of the host's own in front is X-Forwarded-For believed for a client's address (sign-in throttling, the public pages' request limit). */
export const trustedProxies = trustedProxiesFrom({ PB_TRUST_PROXY: process.env.PB_TRUST_PROXY });
