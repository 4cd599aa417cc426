import { isIP } from "node:net";

/** Every sign-in whose address cannot be trusted: throttled by account only (countersFor). */
export const UNKNOWN_ADDRESS = "unknown";

/**
 * The client's address for throttling. Next.js gives route handlers no socket address, and a client
 * can write X-Forwarded-For itself, so the header is read only when the console is told how many
 * proxies of its own stand in front (`trustedProxies`); then the address is the one the outermost
 * of them saw: that many entries from the right. Otherwise the address is unknown.
 */
export function clientAddress(headers: Record<string, unknown> | undefined, trustedProxies: number): string {
  if (trustedProxies < 1) return UNKNOWN_ADDRESS;
  const header = headers?.["x-forwarded-for"];
  if (typeof header !== "string") return UNKNOWN_ADDRESS;
  const hops = header.split(",").map((part) => part.trim());
  const candidate = hops[hops.length - trustedProxies];
  return candidate && isIP(candidate) ? candidate.toLowerCase() : UNKNOWN_ADDRESS;
}
