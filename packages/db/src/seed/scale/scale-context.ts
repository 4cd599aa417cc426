import type { Policy, Stream } from "@pb/eligibility";
import type { Random } from "../random";
import type { Catalogue } from "./scale-catalogue";
import type { CopyBatch } from "./copy-rows";
import type { IdMaker } from "./ids";
import type { ScalePolicyVersion } from "./scale-policies";

export type Arrangement = "direct_payment" | "organised" | "third_party";
export type Recipient = "parent" | "young_person" | "nominee";

export type ScaleVersion = ScalePolicyVersion & { catalogue: Catalogue };

/** Everything one council's stories share: where rows go, how ids are made, which policy was in force. */
export type ScaleStoryContext = {
  councilId: string;
  referencePrefix: string;
  today: string;
  todayDay: number;
  random: Random;
  id: IdMaker;
  batch: CopyBatch;
  versions: readonly ScaleVersion[];
  personalBudgetShare: number;
  users: { caseOfficer: string; panelMember: string };
};

/** The CheckInput child shape, recorded with each request as it stood then. */
export type ChildFacts = {
  dateOfBirth: string;
  plans: { type: string; status: string }[];
  continuingCareEligible: boolean;
  shortBreaksLevel: 0 | 1 | 2 | 3 | null;
  transportEntitled: boolean;
  youngPersonHasCapacity: boolean | null;
};

export type ScaleChild = {
  id: string;
  ehcpPlanId: string;
  ehcpIssuedOn: string;
  outcomeCodes: string[];
  facts: ChildFacts;
};

export type LineAsk = {
  stream: Stream;
  service: string;
  arrangement: Arrangement;
  recipient: Recipient | null;
  onSchoolPremises: boolean;
  schoolAgreed: boolean | null;
  needIdentifiedByProfessional: boolean | null;
  annualCostPence: number;
  commissionedCostPence: number | null;
  linkedOutcomes: string[];
};

export type ApprovedLine = LineAsk & { decisionId: string; amountPence: number; frequency: "four_weekly" | "monthly" | "quarterly" | "one_off" };

export function versionInForce(versions: readonly ScaleVersion[], date: string): ScaleVersion {
  let found: ScaleVersion | undefined;
  for (const v of versions) if (v.effectiveFrom <= date) found = v;
  if (!found) throw new RangeError(`no scale policy in force on ${date}`);
  return found;
}

export type { Policy };
