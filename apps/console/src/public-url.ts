// The settings the proxy reads: the console's public address, and how many proxies of the host's own
// stand in front of it. Apart from env.ts so that the proxy can read them without loading env.ts's
// server modules; env.ts re-exports them, and nothing else reads these variables.
export const publicUrl = process.env.NEXTAUTH_URL || `http://localhost:${process.env.PORT || 3000}`;

// Only then is X-Forwarded-For believed for a client's address (sign-in throttling, the public pages'
// request limit); a client can write that header itself.
function trustedProxiesFrom(value: string | undefined): number {
  if (!value) return 0;
  if (!/^\d{1,2}$/.test(value)) throw new Error("PB_TRUST_PROXY: must be the number of proxies in front of the console, e.g. 1 (or unset).");
  return Number(value);
}

export const trustedProxies = trustedProxiesFrom(process.env.PB_TRUST_PROXY);
