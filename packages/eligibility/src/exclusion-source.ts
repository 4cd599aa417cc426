import { MAX_AGE } from "./child-age";
import type { ReasonCode } from "./codes";

// Issue 17: what the law excludes cannot be approved by anyone; what a council's own policy excludes may be
// set aside by its panel, as a recorded exception. Which is which is decided here from the finding's code
// and the line's facts alone, never from a preset's wording or citation, so that it holds the same under
// every preset and under a council's own policy (which could cite anything).

/** A failing finding of the check, with the facts of the line it was about. */
export type FailingFinding = {
  code: ReasonCode | string;
  stream: string;
  service: string;
  arrangement: string;
  onSchoolPremises: boolean;
  /** The child's age in whole years on the day the line was checked; null when not known. */
  age: number | null;
};

/** A statutory exclusion: plain words for the family and the panel, and the law it rests on. */
export type StatutoryExclusion = { words: string; law: string };

/** Services nobody may buy with a personal budget, however it is held (R4, R7). */
const NEVER_FUNDABLE: Record<string, StatutoryExclusion> = {
  // R7 (000, 004): the code of practice (9.95–9.101) and the SEN (Personal Budgets) Regulations 2014 leave the
  // place itself to the council's placement duty under the Children and Families Act 2014 s39–s43.
  school_place: {
    words: "a school, college or early years place cannot be paid for through a personal budget",
    law: "Children and Families Act 2014 s49 and the SEN (Personal Budgets) Regulations 2014; SEND Code of Practice 9.95–9.101 (R7)",
  },
  // R4 (002, 004): primary medical services and urgent and emergency care are provided by the NHS directly.
  gp_or_emergency_care: {
    words: "GP services and urgent or emergency care are provided by the NHS directly and cannot be paid for through a personal health budget",
    law: "National Health Service (Direct Payments) Regulations 2013, regulation 11 (R4)",
  },
};

/** What a direct payment may never buy (R10, 002): the regulations, not the council, say so. */
const NEVER_BY_DIRECT_PAYMENT: Record<string, StatutoryExclusion> = {
  permanent_residential_care: {
    words: "a direct payment cannot buy permanent residential care",
    law: "Care and Support (Direct Payments) Regulations 2014 reg 6; Community Care, Services for Carers and Children's Services (Direct Payments) (England) Regulations 2009 reg 13 (R10)",
  },
  council_provided_service: {
    words: "a direct payment cannot buy a service the council provides itself",
    law: "Care and Support (Direct Payments) Regulations 2014 reg 6; Community Care, Services for Carers and Children's Services (Direct Payments) (England) Regulations 2009 reg 13 (R10)",
  },
  household_bills: {
    words: "a direct payment cannot pay household bills, housing or benefits",
    law: "Care Act 2014 s31–s33 and Children Act 1989 s17A: a direct payment is only for the care and support assessed (R10)",
  },
};

/** Findings that are statutory whatever the service: the law sets them, a policy only repeats them. */
const STATUTORY_BY_CODE: Partial<Record<string, (f: FailingFinding) => StatutoryExclusion | null>> = {
  // R1 (000, 002, 003): an education personal budget exists only for provision in an EHC plan.
  EDUCATION_REQUIRES_EHCP: (f) =>
    f.stream === "education"
      ? { words: "a personal budget for education is only for the provision in an EHC plan", law: "Children and Families Act 2014 s49 (R1)" }
      : null,
  // R3: a social care budget is the cost of meeting an assessed need; without an assessment there is nothing to fund.
  NO_SOCIAL_CARE_ASSESSMENT: () => ({
    words: "a personal budget for social care meets a need the council has assessed, and none has been assessed",
    law: "Children Act 1989 s17 and s17A; Care Act 2014 s9 and s26 (R3)",
  }),
  // R9 (003, 001): who may receive a direct payment, and the young person only with capacity, are the regulations'.
  RECIPIENT_NOT_PERMITTED: () => ({
    words: "a direct payment can be paid only to a parent or carer, a young person over compulsory school age, or a person they nominate",
    law: "SEN (Personal Budgets) Regulations 2014 regs 4 and 5 (R9)",
  }),
  CAPACITY_NOT_CONFIRMED: () => ({
    words: "a direct payment can be paid to the young person only if they have the capacity to manage it",
    law: "SEN (Personal Budgets) Regulations 2014 reg 5; Mental Capacity Act 2005 (R9)",
  }),
  // R8: the school's written agreement to support delivered on its premises is the regulations'; school-funded
  // support is the school's own delegated money, which the council cannot commit for it.
  SCHOOL_AGREEMENT_REQUIRED: (f) =>
    f.onSchoolPremises || f.service === "school_funded_support"
      ? {
          words: "support delivered on a school or college's premises, or paid for from its own budget, needs the school or college's written agreement",
          law: "SEN (Personal Budgets) Regulations 2014 reg 6 (R8, R6)",
        }
      : null,
  // Personal budgets are for children and young people aged 0 to 25 (Children and Families Act 2014 s49).
  AGE_OUT_OF_RANGE: (f) =>
    f.age !== null && (f.age > MAX_AGE || f.age < 0)
      ? { words: `a personal budget is for children and young people aged 0 to ${MAX_AGE}`, law: "Children and Families Act 2014 s49 and s83" }
      : null,
};

export type StatutoryLine = { service: string; arrangement: string };

/**
 * The law that excludes what a line asks for, whatever the check found: a policy may list a school place
 * in its catalogue, or not offer the stream at all (so that the check never reaches the service), and the
 * law still excludes it.
 */
export function findStatutoryLineExclusion(line: StatutoryLine): StatutoryExclusion | null {
  const never = NEVER_FUNDABLE[line.service];
  if (never) return never;
  if (line.arrangement === "direct_payment") return NEVER_BY_DIRECT_PAYMENT[line.service] ?? null;
  return null;
}

/** The law that excludes this failing finding, or null when it is the council's own policy. */
export function findStatutoryExclusion(finding: FailingFinding): StatutoryExclusion | null {
  return STATUTORY_BY_CODE[finding.code]?.(finding) ?? findStatutoryLineExclusion(finding);
}

export type ExclusionSource = "statutory" | "policy";

/** "statutory" when the law excludes it (no one may approve it), else "policy" (a panel may set it aside). */
export function classifyExclusion(finding: FailingFinding): ExclusionSource {
  return findStatutoryExclusion(finding) ? "statutory" : "policy";
}
