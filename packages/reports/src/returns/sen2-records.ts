import type { Arrangement, Stream } from "@pb/eligibility";
import { classifySen2Arrangement, classifySen2Element, type Sen2Arrangement, type Sen2Element } from "../exports/returns";
import { SEN2_PB_INDICATORS } from "./sen2-spec";

/** What the product holds of one child with an EHC plan and a personal budget in force on the census date. */
export type Sen2ChildFacts = {
  childId: string;
  /** The council's own reference: what the file and any message name the child by. */
  reference: string;
  /** Age in whole years on the census date (the date of birth itself stays out of the return). */
  ageOnCensusDate: number;
  plan: { status: string; issuedOn: string | null };
  /** The budget lines running on the census date. */
  lines: readonly { stream: Stream; arrangement: Arrangement }[];
};

/** One person's named plan items for SEN2 (start date and personal budget), with the council's reference to match on. */
export type Sen2Record = {
  childId: string;
  reference: string;
  ageOnCensusDate: number;
  planStatus: string;
  /** The plan's start (issue) date; null when the product has none. */
  planStartDate: string | null;
  /** The named plan's personal budget indicators as the file writes them ("1" or "0"; a file read back may hold anything). */
  pb: string;
  oa: string;
  dp: string;
  /** How the budget is held and what it covers, as the product classifies them (the summary counts these; the file has no item for the element). */
  arrangement: Sen2Arrangement;
  element: Sen2Element;
};

/** The SEN2 records of a census: one per child, in reference order, coded as the collection codes them. */
export function buildSen2Records(children: readonly Sen2ChildFacts[]): Sen2Record[] {
  return children
    .filter((c) => c.lines.length > 0)
    .map((c) => {
      const has = (s: Stream) => c.lines.some((l) => l.stream === s);
      const by = (a: Arrangement) => c.lines.some((l) => l.arrangement === a);
      const element = classifySen2Element({ education: has("education"), socialCare: has("social_care"), health: has("health"), transport: has("transport") });
      const arrangement = classifySen2Arrangement({ directPayment: by("direct_payment"), organised: by("organised"), thirdParty: by("third_party") });
      return {
        childId: c.childId,
        reference: c.reference,
        ageOnCensusDate: c.ageOnCensusDate,
        planStatus: c.plan.status,
        planStartDate: c.plan.issuedOn,
        pb: SEN2_PB_INDICATORS[arrangement].PB,
        oa: SEN2_PB_INDICATORS[arrangement].OA,
        dp: SEN2_PB_INDICATORS[arrangement].DP,
        arrangement,
        element,
      };
    })
    .sort((a, b) => a.reference.localeCompare(b.reference, "en-GB"));
}
