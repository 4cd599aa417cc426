// How often one client may ask for the public pages, which anyone can reach without signing in: a
// fixed window per key (the client's address, or one shared key when the address cannot be trusted).
// In memory, per server process, and bounded: a flood of new keys evicts the oldest windows.

export type RateLimit = { limit: number; windowMs: number; maxKeys: number };
export type Admission = { allowed: true } | { allowed: false; retryAfterSeconds: number };

/** 60 a minute per known address; 600 a minute shared by every client whose address is unknown. */
export const PUBLIC_PAGE_LIMITS = {
  perAddress: { limit: 60, windowMs: 60_000, maxKeys: 10_000 },
  unknownAddress: { limit: 600, windowMs: 60_000, maxKeys: 1 },
} as const satisfies Record<string, RateLimit>;

export function createRateLimiter(rule: RateLimit) {
  const windows = new Map<string, { start: number; count: number }>();
  return {
    admit(key: string, now: number): Admission {
      let window = windows.get(key);
      if (!window || now - window.start >= rule.windowMs) {
        windows.delete(key);
        window = { start: now, count: 0 };
        windows.set(key, window);
        while (windows.size > rule.maxKeys) {
          const oldest = windows.keys().next().value;
          if (oldest === undefined) break;
          windows.delete(oldest);
        }
      }
      window.count += 1;
      if (window.count <= rule.limit) return { allowed: true };
      return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil((window.start + rule.windowMs - now) / 1000)) };
    },
    get size(): number {
      return windows.size;
    },
  };
}
