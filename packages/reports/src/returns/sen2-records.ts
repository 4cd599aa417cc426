import type { Arrangement, Stream } from "@pb/eligibility";
import { classifySen2Arrangement, classifySen2Element, type Sen2Arrangement, type Sen2Element } from "../exports/returns";
import { SEN2_PB_ELEMENT_CODES, SEN2_PB_TYPE_CODES } from "./sen2-spec";

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

/** One person's personal budget items for SEN2's named plan module. */
export type Sen2Record = {
  childId: string;
  reference: string;
  ageOnCensusDate: number;
  planStatus: string;
  /** The plan's start (issue) date; null when the product has none. */
  planStartDate: string | null;
  /** The collection's codes, written to the file. */
  pbType: string;
  pbElement: string;
  /** The same, as the product classifies them (what the summary counts). */
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
        pbType: SEN2_PB_TYPE_CODES[arrangement],
        pbElement: SEN2_PB_ELEMENT_CODES[element],
        arrangement,
        element,
      };
    })
    .sort((a, b) => a.reference.localeCompare(b.reference, "en-GB"));
}
