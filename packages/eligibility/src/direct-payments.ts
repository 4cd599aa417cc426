import { z } from "zod";
import { AgreementPolicy } from "./agreement-terms";
import { ServiceCode, Stream } from "./codes";
import { describeExpected } from "./expected";
import { Source } from "./source";

const flag = z.boolean({ error: describeExpected("true or false") });
const text = z.string({ error: describeExpected("text") }).min(1, { error: "must not be empty" });
const Permitted = z.strictObject({ allowed: flag, source: Source });

/** R9, R10, T1: who may receive a direct payment, what it may never buy, and what its agreement covers. */
export const DirectPaymentsPolicy = z.strictObject({
  recipients: z.strictObject({
    parent: Permitted,
    young_person: z.strictObject({
      allowed: flag,
      /** Only from the last Friday of June of the school year in which they turn 16. */
      overCompulsorySchoolAge: flag,
      capacity: flag,
      source: Source,
    }),
    nominee: Permitted,
  }),
  /** Keyed by a short name of the use; `services` are the catalogue services it covers, if any. */
  prohibitedUses: z.record(
    z.string().regex(/^[a-z][a-z0-9_]{0,63}$/, { error: describeExpected("a name in lower snake case") }),
    z.strictObject({
      description: text,
      streams: z.array(Stream).min(1, { error: "must name at least one stream" }),
      services: z.array(ServiceCode),
      source: Source,
    }),
  ),
  /** T1: what the written agreement must cover. A stored version from before this setting has none: the baseline's then apply. */
  agreement: AgreementPolicy.optional(),
  /** Portsmouth pays some direct payments onto prepaid cards. */
  prepaidCards: z.strictObject({ offered: flag, source: Source }).optional(),
});
export type DirectPaymentsPolicy = z.infer<typeof DirectPaymentsPolicy>;
