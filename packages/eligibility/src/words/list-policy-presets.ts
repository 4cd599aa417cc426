import { DOCUMENT_TITLES } from "../source";
import { PRESET_IDS, resolvePreset } from "../resolve-policy";

export type PolicyPresetSummary = {
  id: string;
  name: string;
  /** The document it is written from, as cited: "Surrey personal budgets policy (002)". */
  document: string;
  /** The preset that fills in what its document leaves unsaid, if any. */
  inherits: string | null;
};

/** The presets a council can start from, baseline first. */
export function listPolicyPresets(): PolicyPresetSummary[] {
  return PRESET_IDS.map((id) => {
    const { policy, inherits } = resolvePreset(id);
    const document = policy.document === "council" ? policy.name : DOCUMENT_TITLES[policy.document];
    return { id, name: policy.name, document, inherits: inherits[0] ?? null };
  });
}
