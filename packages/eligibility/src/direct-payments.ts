import { z } from "zod";
import { ServiceCode, Stream } from "./codes";
import { describeExpected } from "./expected";
import { Source } from "./source";

const flag = z.boolean({ error: describeExpected("true or false") });
const text = z.string({ error: describeExpected("text") }).min(1, { error: "must not be empty" });
const Permitted = z.strictObject({ allowed: flag, source: Source });

/** R9, R10: who may receive a direct payment, and what it may never buy. */
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
  /** Portsmouth pays some direct payments onto prepaid cards. */
  prepaidCards: z.strictObject({ offered: flag, source: Source }).optional(),
});
export type DirectPaymentsPolicy = z.infer<typeof DirectPaymentsPolicy>;
