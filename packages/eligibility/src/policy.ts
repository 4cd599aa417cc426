import { z } from "zod";
import { PolicyContacts } from "./contacts";
import { CessationReason, SERVICES_BY_STREAM, STREAMS, type Stream, findBaseServiceStream } from "./codes";
import { DirectPaymentsPolicy } from "./direct-payments";
import { describeExpected } from "./expected";
import { Finance } from "./finance";
import { IsoDate } from "./iso-date";
import { DocumentId, Source } from "./source";
import { Statements } from "./statements";
import { StreamPolicy } from "./stream-policy";
import { PolicyTimeLimits } from "./time-limits";

export const PolicyId = z
  .string({ error: describeExpected("an id such as surrey") })
  .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, { error: describeExpected("an id in lower case words joined by hyphens, such as surrey") });

/** A council's whole personal budgets policy, as data. Parse it once, then check many requests. */
export const Policy = z
  .strictObject({
    id: PolicyId,
    name: z.string({ error: describeExpected("text") }).min(1, { error: "must not be empty" }),
    version: z.string({ error: describeExpected("a version such as 1.0.0") }).min(1, { error: "must not be empty" }),
    /** The document the policy states, for citations. */
    document: DocumentId,
    /** Decisions are judged by the version in force on the day: admins keep dated versions. */
    effectiveFrom: IsoDate.optional(),
    /** A stream left out is not offered. */
    streams: z.strictObject({
      education: StreamPolicy.optional(),
      health: StreamPolicy.optional(),
      social_care: StreamPolicy.optional(),
      transport: StreamPolicy.optional(),
    }),
    directPayments: DirectPaymentsPolicy,
    timeLimits: PolicyTimeLimits,
    finance: Finance,
    /** T5: why payments stop; a reason left out is not used by this council. */
    cessationReasons: z.partialRecord(
      CessationReason,
      z.strictObject({ description: z.string().min(1, { error: "must not be empty" }), source: Source }),
    ),
    statements: Statements,
    /** Who families talk to about a personal budget; absent in versions stored before contacts were kept. */
    contacts: PolicyContacts.optional(),
  })
  .superRefine((policy, ctx) => {
    for (const stream of STREAMS) checkCatalogue(policy.streams[stream], stream, ctx);
  });
export type Policy = z.infer<typeof Policy>;

/** Every offered stream classifies each base service of its own stream, and no other stream's. */
function checkCatalogue(streamPolicy: StreamPolicy | undefined, stream: Stream, ctx: z.RefinementCtx): void {
  if (!streamPolicy) return;
  const path = ["streams", stream, "services"];
  for (const service of Object.keys(streamPolicy.services)) {
    const home = findBaseServiceStream(service);
    if (home && home !== stream) {
      ctx.addIssue({ code: "custom", path: [...path, service], message: `belongs to the ${home} stream, not ${stream}` });
    }
  }
  if (!streamPolicy.offered) return;
  for (const service of SERVICES_BY_STREAM[stream]) {
    if (!(service in streamPolicy.services)) {
      ctx.addIssue({
        code: "custom",
        path: [...path, service],
        message: "is required: an offered stream classifies every base service",
      });
    }
  }
}
