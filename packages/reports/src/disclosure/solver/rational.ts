/**
 * Exact rational numbers over BigInt, kept reduced with a positive denominator: the attacker's
 * arithmetic, so that "pinned" never rests on a rounding error.
 */
export type Q = { readonly n: bigint; readonly d: bigint };

const ZERO_N = BigInt(0);
const ONE_N = BigInt(1);
export const ZERO: Q = { n: ZERO_N, d: ONE_N };
export const ONE: Q = { n: ONE_N, d: ONE_N };

function gcd(a: bigint, b: bigint): bigint {
  if (a < ZERO_N) a = -a;
  if (b < ZERO_N) b = -b;
  while (b !== ZERO_N) [a, b] = [b, a % b];
  return a;
}

function make(n: bigint, d: bigint): Q {
  if (d === ONE_N) return { n, d };
  if (d < ZERO_N) {
    n = -n;
    d = -d;
  }
  const g = gcd(n, d);
  return g === ONE_N ? { n, d } : { n: n / g, d: d / g };
}

export function q(n: number | bigint, d: number | bigint = 1): Q {
  return make(BigInt(n), BigInt(d));
}

/** A decimal as written ("1.45", 0.1) to the exact rational it says. */
export function fromDecimal(value: number): Q {
  if (Number.isInteger(value)) return q(value);
  const [mantissa = "0", exponent = "0"] = value.toExponential().split("e");
  const [whole = "0", fraction = ""] = mantissa.split(".");
  const digits = BigInt(whole.replace("-", "") + fraction) * (value < 0 ? -ONE_N : ONE_N);
  const shift = Number(exponent) - fraction.length;
  return shift >= 0 ? make(digits * BigInt(10) ** BigInt(shift), ONE_N) : make(digits, BigInt(10) ** BigInt(-shift));
}

export const add = (a: Q, b: Q): Q => (a.d === ONE_N && b.d === ONE_N ? { n: a.n + b.n, d: ONE_N } : make(a.n * b.d + b.n * a.d, a.d * b.d));
export const sub = (a: Q, b: Q): Q => (a.d === ONE_N && b.d === ONE_N ? { n: a.n - b.n, d: ONE_N } : make(a.n * b.d - b.n * a.d, a.d * b.d));
export const mul = (a: Q, b: Q): Q => (a.d === ONE_N && b.d === ONE_N ? { n: a.n * b.n, d: ONE_N } : make(a.n * b.n, a.d * b.d));
export const div = (a: Q, b: Q): Q => make(a.n * b.d, a.d * b.n);
export const neg = (a: Q): Q => ({ n: -a.n, d: a.d });
export const sign = (a: Q): number => (a.n > ZERO_N ? 1 : a.n < ZERO_N ? -1 : 0);
export const isZero = (a: Q): boolean => a.n === ZERO_N;
export const cmp = (a: Q, b: Q): number => sign(sub(a, b));
export const isInteger = (a: Q): boolean => a.d === ONE_N;

export function floor(a: Q): bigint {
  const f = a.n / a.d;
  return a.n < ZERO_N && f * a.d !== a.n ? f - ONE_N : f;
}

export function ceil(a: Q): bigint {
  const f = a.n / a.d;
  return a.n > ZERO_N && f * a.d !== a.n ? f + ONE_N : f;
}

export const toNumber = (a: Q): number => Number(a.n) / Number(a.d);
