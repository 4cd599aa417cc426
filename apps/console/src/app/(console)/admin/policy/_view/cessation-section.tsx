
import { type PolicyVocabulary } from "@pb/eligibility";
import type { PolicyDocument, Provenance } from "../_lib/types";
import { SettingsTable } from "./settings-table";

/** T5: the reasons payments stop that this council uses. */
export function CessationSection({ policy, provenance, vocabulary }: { policy: PolicyDocument; provenance: Provenance; vocabulary: PolicyVocabulary }) {
  const reasons = policy.cessationReasons as Record<string, { description: string; source: { document: string; rule: string; quote?: string } } | undefined>;
  const rows = vocabulary.cessationReasons.map((term) => {
    const reason = reasons[term.code];
    return { prefix: `cessationReasons.${term.code}`, setting: term.label, value: reason ? reason.description : "Not used", source: reason?.source };
  });
  return (
    <section aria-labelledby="cessation-heading">
      <h2 id="cessation-heading">Cessation reasons</h2>
      <SettingsTable caption="Reasons a personal budget ends" rows={rows} provenance={provenance} policyName={policy.name} />
    </section>
  );
}
