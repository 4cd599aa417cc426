import { z } from "zod";
import { describeExpected } from "./expected";
import { Source } from "./source";

const text = z
  .string({ error: describeExpected("text") })
  .min(1, { error: "must not be empty" })
  .max(500, { error: "must be at most 500 characters" });

/**
 * Who a family talks to, as the council's own document names them (the Local Offer page lists them):
 * a role or team, what to talk to them about, and a telephone number where the document gives one.
 */
export const PolicyContact = z.strictObject({
  /** "Your EHC Coordinator or Provision Coordinator", "the Access and Entitlement team". */
  name: text,
  /** What to contact them for, completing "Talk to … for …": "a social care personal budget". */
  about: text,
  phone: z
    .string({ error: describeExpected("a telephone number") })
    .regex(/^[0-9 +()-]{6,24}$/, { error: describeExpected("a telephone number of digits and spaces, such as 023 9268 8842") })
    .optional(),
  source: Source,
});
export type PolicyContact = z.infer<typeof PolicyContact>;

export const PolicyContacts = z.array(PolicyContact).max(20, { error: "must list at most 20 contacts" });
