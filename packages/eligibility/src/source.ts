import { z } from "zod";
import { describeExpected } from "./expected";

export const DOCUMENT_IDS = ["000", "001", "002", "003", "004", "code-of-practice", "council"] as const;
export const DocumentId = z.enum(DOCUMENT_IDS, { error: describeExpected(`one of ${DOCUMENT_IDS.join(", ")}`) });
export type DocumentId = z.infer<typeof DocumentId>;

/** Titles used in citations; "council" is a council's own rule and takes the policy's name. */
export const DOCUMENT_TITLES: Record<Exclude<DocumentId, "council">, string> = {
  "000": "Hertfordshire personal budgets guidance (000)",
  "001": "Portsmouth personal budgets guidance (001)",
  "002": "Surrey personal budgets policy (002)",
  "003": "Family guide to personal budgets (003)",
  "004": "Plymouth SEND personal budget policy (004)",
  "code-of-practice": "SEND Code of Practice 0 to 25",
};

/** Where a rule comes from: a document and the rule of domain.md it states (R1–R15, T1–T8, or "scope"). */
export const Source = z.strictObject({
  document: DocumentId,
  rule: z
    .string({ error: describeExpected('a rule such as "R5" or "T7"') })
    .min(1, { error: "must not be empty" })
    .max(40, { error: "must be at most 40 characters" }),
  quote: z
    .string({ error: describeExpected("the quoted sentence, as text") })
    .min(1, { error: "must not be empty" })
    .optional(),
});
export type Source = z.infer<typeof Source>;

/** "Surrey personal budgets policy (002), R6". */
export function formatSource(source: Source, policyName: string): string {
  const title = source.document === "council" ? `${policyName} local policy` : DOCUMENT_TITLES[source.document];
  return `${title}, ${source.rule}`;
}
