import { describe, expect, it } from "vitest";
import { base32Decode, base32Encode, hotp, otpauthUri, totpAt, verifyTotp, type TotpAlgorithm } from "./totp";

const ascii = (text: string) => Buffer.from(text, "ascii");
// RFC 6238 appendix B: the seeds for each hash, and the 8-digit codes at each time.
const SEEDS: Record<TotpAlgorithm, Buffer> = {
  sha1: ascii("12345678901234567890"),
  sha256: ascii("12345678901234567890123456789012"),
  sha512: ascii("1234567890123456789012345678901234567890123456789012345678901234"),
};
const VECTORS: [number, string, TotpAlgorithm][] = [
  [59, "94287082", "sha1"], [59, "46119246", "sha256"], [59, "90693936", "sha512"],
  [1111111109, "07081804", "sha1"], [1111111109, "68084774", "sha256"], [1111111109, "25091201", "sha512"],
  [1111111111, "14050471", "sha1"], [1111111111, "67062674", "sha256"], [1111111111, "99943326", "sha512"],
  [1234567890, "89005924", "sha1"], [1234567890, "91819424", "sha256"], [1234567890, "93441116", "sha512"],
  [2000000000, "69279037", "sha1"], [2000000000, "90698825", "sha256"], [2000000000, "38618901", "sha512"],
  [20000000000, "65353130", "sha1"], [20000000000, "77737706", "sha256"], [20000000000, "47863826", "sha512"],
];

describe("TOTP (RFC 6238)", () => {
  it.each(VECTORS)("at %i seconds the code is %s (%s)", (time, code, algorithm) => {
    expect(totpAt(SEEDS[algorithm], time, { algorithm, digits: 8, periodSeconds: 30 })).toBe(code);
  });

  it("agrees with RFC 4226's HOTP vectors (6 digits, SHA-1)", () => {
    const codes = ["755224", "287082", "359152", "969429", "338314", "254676", "287922", "162583", "399871", "520489"];
    expect(codes.map((_, counter) => hotp(SEEDS.sha1, counter, "sha1", 6))).toEqual(codes);
  });

  it("takes the code of the step before or after, for a phone's clock, but not two steps away", () => {
    const options = { algorithm: "sha1", digits: 8, periodSeconds: 30 } as const;
    expect(verifyTotp(SEEDS.sha1, "07081804", 1111111109 + 30, options)).toEqual({ ok: true, step: 37037036 });
    expect(verifyTotp(SEEDS.sha1, "07081804", 1111111109 - 30, options).ok).toBe(true);
    expect(verifyTotp(SEEDS.sha1, "07081804", 1111111109 + 61, options).ok).toBe(false);
  });

  it("refuses anything that is not a code of the right length", () => {
    const now = 59;
    expect(verifyTotp(SEEDS.sha1, "", now).ok).toBe(false);
    expect(verifyTotp(SEEDS.sha1, "94287082", now).ok).toBe(false);
    expect(verifyTotp(SEEDS.sha1, "28708a", now).ok).toBe(false);
    expect(verifyTotp(SEEDS.sha1, "287 082", now).ok).toBe(true);
  });

  it("writes keys in base32 as authenticator apps read them, and reads them back", () => {
    expect(base32Encode(ascii("12345678901234567890"))).toBe("GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ");
    expect(Buffer.from(base32Decode("gezd gnbv gy3t qojq gezd gnbv gy3t qojq")).toString("ascii")).toBe("12345678901234567890");
    expect(otpauthUri({ issuer: "Personal budgets", account: "a@b.gov.uk", secretBase32: "ABC" })).toBe(
      "otpauth://totp/Personal%20budgets%3Aa%40b.gov.uk?secret=ABC&issuer=Personal+budgets&algorithm=SHA1&digits=6&period=30",
    );
  });
});
