import { createHmac, randomBytes } from "node:crypto";

// RFC 6238 time-based one-time passwords (over RFC 4226's HOTP). Pure apart from `newTotpSecret`:
// the time is passed in, so tests use the RFC's vectors and sign-in its own clock.

export type TotpAlgorithm = "sha1" | "sha256" | "sha512";
export type TotpOptions = { algorithm: TotpAlgorithm; digits: number; periodSeconds: number };

/** What authenticator apps assume when an otpauth URI says nothing else. */
export const TOTP_DEFAULTS: TotpOptions = { algorithm: "sha1", digits: 6, periodSeconds: 30 };

/** RFC 4226 section 5.3: the HMAC of the counter, dynamically truncated to `digits` decimal digits. */
export function hotp(secret: Uint8Array, counter: number, algorithm: TotpAlgorithm, digits: number): string {
  const message = Buffer.alloc(8);
  message.writeBigUInt64BE(BigInt(counter));
  const mac = createHmac(algorithm, secret).update(message).digest();
  const offset = mac.readUInt8(mac.length - 1) & 0x0f;
  const binary = mac.readUInt32BE(offset) & 0x7fffffff;
  return String(binary % 10 ** digits).padStart(digits, "0");
}

/** The code at a time (Unix seconds). */
export function totpAt(secret: Uint8Array, unixSeconds: number, options: TotpOptions = TOTP_DEFAULTS): string {
  return hotp(secret, Math.floor(unixSeconds / options.periodSeconds), options.algorithm, options.digits);
}

/**
 * Whether a code is right at `unixSeconds`, allowing one step either side for a phone's clock. The
 * step it matched is returned so a caller may refuse the same code twice.
 */
export function verifyTotp(secret: Uint8Array, code: string, unixSeconds: number, options: TotpOptions = TOTP_DEFAULTS): { ok: true; step: number } | { ok: false } {
  const typed = code.replace(/\s/g, "");
  if (!/^\d+$/.test(typed) || typed.length !== options.digits) return { ok: false };
  const now = Math.floor(unixSeconds / options.periodSeconds);
  for (const step of [now, now - 1, now + 1]) {
    if (step >= 0 && timingSafeEqualText(hotp(secret, step, options.algorithm, options.digits), typed)) return { ok: true, step };
  }
  return { ok: false };
}

function timingSafeEqualText(a: string, b: string): boolean {
  let diff = a.length ^ b.length;
  for (let i = 0; i < Math.max(a.length, b.length); i++) diff |= (a.charCodeAt(i) || 0) ^ (b.charCodeAt(i) || 0);
  return diff === 0;
}

const BASE32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";

/** RFC 4648 base32 without padding: how authenticator apps take a key typed in. */
export function base32Encode(bytes: Uint8Array): string {
  let bits = 0;
  let value = 0;
  let out = "";
  for (const byte of bytes) {
    value = (value << 8) | byte;
    bits += 8;
    while (bits >= 5) {
      out += BASE32[(value >>> (bits - 5)) & 31];
      bits -= 5;
    }
  }
  if (bits > 0) out += BASE32[(value << (5 - bits)) & 31];
  return out;
}

export function base32Decode(text: string): Uint8Array {
  const clean = text.replace(/[\s=]/g, "").toUpperCase();
  const out: number[] = [];
  let bits = 0;
  let value = 0;
  for (const char of clean) {
    const index = BASE32.indexOf(char);
    if (index < 0) throw new Error("not base32");
    value = (value << 5) | index;
    bits += 5;
    if (bits >= 8) {
      out.push((value >>> (bits - 8)) & 0xff);
      bits -= 8;
    }
  }
  return Uint8Array.from(out);
}

/** The otpauth URI an authenticator app reads (from a QR code or a link): issuer and account label it. */
export function otpauthUri(input: { issuer: string; account: string; secretBase32: string }): string {
  const label = encodeURIComponent(`${input.issuer}:${input.account}`);
  const params = new URLSearchParams({ secret: input.secretBase32, issuer: input.issuer, algorithm: "SHA1", digits: "6", period: "30" });
  return `otpauth://totp/${label}?${params.toString()}`;
}

/** A new secret: 20 random bytes, as RFC 4226 recommends for HMAC-SHA1. */
export function newTotpSecret(): Uint8Array {
  return randomBytes(20);
}
