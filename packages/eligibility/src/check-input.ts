import { z } from "zod";
import { MAX_PENCE } from "@pb/budgets";
import { formatPence } from "@pb/calendar";
import { Arrangement, PlanStatus, PlanType, Recipient, RequestStage, SERVICES, ServiceCode, Stream } from "./codes";
import { describeExpected } from "./expected";
import { IsoDate } from "./iso-date";
import type { Policy } from "./policy";

const flag = z.boolean({ error: describeExpected("true or false") });
const flagOrUnknown = z.boolean({ error: describeExpected("true, false, or null when not known yet") }).nullable();
const pence = z
  .number({ error: describeExpected("a whole number of pence") })
  .int({ error: describeExpected("a whole number of pence") })
  .min(0, { error: describeExpected("0 or more pence") })
  .max(MAX_PENCE, { error: describeExpected(`at most ${formatPence(MAX_PENCE)}`) });

/** One request to check, on the date `asOf`. Null in a true/false field means "not known yet". */
export const CheckInput = z
  .strictObject(
    {
      asOf: IsoDate,
      child: z.strictObject(
        {
          dateOfBirth: IsoDate,
          plans: z.array(
            z.strictObject({ type: PlanType, status: PlanStatus }, { error: describeExpected("a plan: { type, status }") }),
            {
              error: describeExpected("a list of plans"),
            },
          ),
          continuingCareEligible: flag,
          shortBreaksLevel: z
            .literal([0, 1, 2, 3], { error: describeExpected("0, 1, 2, 3, or null when not graded") })
            .nullable(),
          transportEntitled: flag,
          youngPersonHasCapacity: flagOrUnknown,
        },
        { error: describeExpected("an object describing the child") },
      ),
      request: z.strictObject(
        {
          stream: Stream,
          service: ServiceCode,
          arrangement: Arrangement,
          stage: RequestStage,
          recipient: Recipient.nullable(),
          onSchoolPremises: flag,
          schoolAgreed: flagOrUnknown,
          needIdentifiedByProfessional: flagOrUnknown,
          annualCostPence: pence,
          commissionedCostPence: pence.nullable(),
          linkedOutcomes: z.array(z.string({ error: describeExpected("text") }).min(1, { error: "must not be empty" }), {
            error: describeExpected("a list of outcomes from the plan"),
          }),
        },
        { error: describeExpected("an object describing the request") },
      ),
    },
    { error: describeExpected("a request object with asOf, child and request") },
  )
  .superRefine((input, ctx) => {
    if (input.child.dateOfBirth > input.asOf) {
      ctx.addIssue({ code: "custom", path: ["child", "dateOfBirth"], message: `is after asOf (${input.asOf})` });
    }
    const { arrangement, recipient } = input.request;
    if (arrangement === "direct_payment" && recipient === null) {
      ctx.addIssue({
        code: "custom",
        path: ["request", "recipient"],
        message: "is required for a direct payment: parent, young_person or nominee",
      });
    }
    if (arrangement !== "direct_payment" && recipient !== null) {
      ctx.addIssue({
        code: "custom",
        path: ["request", "recipient"],
        message: `must be null unless the arrangement is direct_payment (got "${recipient}")`,
      });
    }
  });
export type CheckInput = z.infer<typeof CheckInput>;

const inputSchemas = new WeakMap<Policy, z.ZodType<CheckInput>>();

/** CheckInput that also refuses a service neither in the base catalogue nor added by this policy. */
export function buildCheckInputSchema(policy: Policy): z.ZodType<CheckInput> {
  const cached = inputSchemas.get(policy);
  if (cached) return cached;
  const known = new Set<string>(SERVICES);
  for (const stream of Object.values(policy.streams)) {
    for (const service of Object.keys(stream?.services ?? {})) known.add(service);
  }
  const schema = CheckInput.superRefine((input, ctx) => {
    if (!known.has(input.request.service)) {
      ctx.addIssue({ code: "custom", path: ["request", "service"], message: `unknown service "${input.request.service}"` });
    }
  });
  inputSchemas.set(policy, schema);
  return schema;
}
