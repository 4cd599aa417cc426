import { z } from "zod";
import { AGE_BANDS, IsoDate, PlanStatus, PlanType, Stream } from "@pb/eligibility";
import { CHILD_SORTS } from "@pb/services";
import { Uuid } from "../inputs";
import { Version } from "./request-inputs";

// Inputs of the children and plans routers.

const Text = (max: number) => z.string().trim().min(1, "must not be empty").max(max, `must be at most ${max} characters`);

export const ListChildrenInput = z.strictObject({
  search: z.string().max(100, "must be at most 100 characters").nullish(),
  planType: PlanType.nullish(),
  planStatus: PlanStatus.nullish(),
  hasActiveBudget: z.boolean().nullish(),
  stream: Stream.nullish(),
  ageBand: z.enum(AGE_BANDS, { error: `must be one of ${AGE_BANDS.join(", ")}` }).nullish(),
  reviewDueBefore: IsoDate.nullish(),
  sort: z.enum(CHILD_SORTS).default("reference"),
  direction: z.enum(["asc", "desc"]).default("asc"),
  page: z.number().int().min(1, "must be 1 or more").max(100_000).default(1),
  pageSize: z.number().int().min(1, "must be 1 or more").max(100, "must be at most 100").default(25),
});

export const PlanOutcome = z.strictObject({
  code: z.string().trim().min(1, "must not be empty").max(40, "must be at most 40 characters").regex(/^[A-Za-z0-9][A-Za-z0-9._-]*$/, "must be letters, digits, dots or dashes, as in E1"),
  description: Text(1000),
});

export const PlanFields = z.strictObject({
  type: PlanType,
  status: PlanStatus,
  issuedOn: IsoDate.nullable(),
  lastAnnualReviewOn: IsoDate.nullable(),
  nextAnnualReviewOn: IsoDate.nullable(),
  outcomes: z.array(PlanOutcome).max(30, "at most 30 outcomes"),
});

export const ChildFields = z.strictObject({
  reference: z.string().trim().min(1, "must not be empty").max(30, "must be at most 30 characters").regex(/^[A-Za-z0-9][A-Za-z0-9/-]*$/, "must be letters, digits, dashes or slashes"),
  givenName: Text(100),
  familyName: Text(100),
  dateOfBirth: IsoDate,
  continuingCareEligible: z.boolean(),
  shortBreaksLevel: z.number().int().min(0, "must be 0 to 3").max(3, "must be 0 to 3").nullable(),
  transportEntitled: z.boolean(),
  youngPersonHasCapacity: z.boolean().nullable(),
});

export const CreateChildInput = ChildFields.extend({ plan: PlanFields.nullable() });
export const UpdateChildInput = ChildFields.extend({ childId: Uuid, version: Version });
export const CreatePlanInput = PlanFields.extend({ childId: Uuid });
export const UpdatePlanInput = PlanFields.extend({ planId: Uuid, version: Version });
