import { adoptPresetPolicy, resolvePreset, type Policy } from "@pb/eligibility";
import type { SeededPolicy } from "../demo-policy";
import { SCALE_AMENDMENT_FROM, SCALE_HISTORY_START } from "./scale-plans";

export type ScalePolicyVersion = SeededPolicy & { presetId: string; changeNote: string };

const COUNCIL_SOURCE = { document: "council", rule: "T7" } as const;

/**
 * Two published versions, as a council's policy review cycle makes them: the preset adopted when the
 * records begin, then a yearly amendment (T8) that shortens the time to ask for a review, flags
 * underspends later, and asks for a professional's view before buying specialist equipment (R6).
 */
export function buildScalePolicies(presetId: string, ids: { first: string; second: string }, councilName: string): ScalePolicyVersion[] {
  const first = adoptPresetPolicy(presetId, councilName);
  const second = structuredClone(first) as Policy;
  second.version = `${first.version}-amended-2024`;
  const counted = second.timeLimits.reviewRequest;
  if (counted) second.timeLimits.reviewRequest = { ...counted, n: 20, unit: "working_days", source: COUNCIL_SOURCE };
  second.finance = { ...second.finance, underspendWeeks: 8, sources: { ...second.finance.sources, underspendWeeks: { document: "council", rule: "T4" } } };
  const equipment = second.streams.education?.services.specialist_equipment;
  if (equipment?.personalBudget && !equipment.requires?.professionalIdentification) {
    equipment.requires = { ...equipment.requires, professionalIdentification: { appliesTo: "any_arrangement", source: { document: "council", rule: "R6" } } };
  }
  return [
    { id: ids.first, versionNumber: 1, effectiveFrom: SCALE_HISTORY_START, policy: first, presetId, changeNote: `Adopted the ${resolvePreset(presetId).policy.name} preset` },
    {
      id: ids.second, versionNumber: 2, effectiveFrom: SCALE_AMENDMENT_FROM, policy: second, presetId,
      changeNote: "Yearly amendments: 20 working days to ask for a review; underspend flagged after 8 weeks; specialist equipment needs a professional's view",
    },
  ];
}
