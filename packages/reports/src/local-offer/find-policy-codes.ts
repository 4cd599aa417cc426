import {
  AGREEMENT_TERMS,
  ARRANGEMENTS,
  CESSATION_REASONS,
  DURATION_UNITS,
  PLAN_TYPES,
  REASON_CODES,
  REQUEST_STAGES,
  SERVICES,
  STATEMENT_TOPICS,
  STREAMS,
} from "@pb/eligibility";

// What a page for families must never show: a stored code, a setting's key, a rule number, or JSON.
// Codes that are plain English words ("education", "final", "parent") are words there, so only codes
// no sentence would hold are listed: snake case, upper case, camelCase keys.

const CODES = [
  ...new Set<string>([
    ...STREAMS,
    ...ARRANGEMENTS,
    ...PLAN_TYPES,
    ...REQUEST_STAGES,
    ...SERVICES,
    ...REASON_CODES,
    ...CESSATION_REASONS,
    ...AGREEMENT_TERMS,
    ...DURATION_UNITS,
    ...Object.keys(STATEMENT_TOPICS),
  ]),
].filter((code) => /[_A-Z]/.test(code));

const PATTERNS: [string, RegExp][] = [
  ["a setting's key", /\b[a-z]+[A-Z][A-Za-z]*\b/],
  ["a rule number", /\b[RT]\d{1,2}\b/],
  ["JSON", /[{}[\]]|":|\bnull\b|\bundefined\b|\[object/],
];

/** Every code, key, rule number or piece of JSON in a text, named; empty when it reads as plain words. */
export function findPolicyCodes(text: string): string[] {
  const found = CODES.filter((code) => new RegExp(`(^|[^A-Za-z0-9_])${code}([^A-Za-z0-9_]|$)`).test(text)).map(
    (code) => `code ${code}`,
  );
  for (const [what, pattern] of PATTERNS) {
    const match = pattern.exec(text);
    if (match) found.push(`${what}: ${match[0]}`);
  }
  return found;
}
