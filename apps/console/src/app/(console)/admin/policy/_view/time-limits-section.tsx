import { describeSettingValue, type PolicyVocabulary } from "@pb/eligibility";
import { TIME_LIMIT_NOT_SET } from "@pb/reviews";

import type { PolicyDocument, Provenance } from "../_lib/types";
import { SettingsTable } from "./settings-table";

/** T2–T8: each time limit, its length and whether it counts calendar or working days. */
export function TimeLimitsSection({ policy, provenance, vocabulary }: { policy: PolicyDocument; provenance: Provenance; vocabulary: PolicyVocabulary }) {
  const rows = vocabulary.timeLimits.map((term) => {
    const limit = policy.timeLimits[term.code as keyof PolicyDocument["timeLimits"]];
    return {
      prefix: `timeLimits.${term.code}`,
      setting: term.label,
      value: limit ? `${limit.n} ${describeSettingValue(limit.unit)}` : TIME_LIMIT_NOT_SET,
      source: limit?.source,
    };
  });
  return (
    <section aria-labelledby="time-limits-heading">
      <h2 id="time-limits-heading">Time limits</h2>
      <SettingsTable caption="Time limits" rows={rows} provenance={provenance} policyName={policy.name} />
    </section>
  );
}
