
import { describeSettingValue, type PolicyVocabulary } from "@pb/eligibility";
import type { PolicyDocument, Provenance } from "../_lib/types";
import { SettingsTable } from "./settings-table";

/** T4 and the money side of T1: returns, underspend, monitoring and the year's end. */
export function FinanceSection({ policy, provenance, vocabulary }: { policy: PolicyDocument; provenance: Provenance; vocabulary: PolicyVocabulary }) {
  const finance = policy.finance as Record<string, unknown> & { sources?: Record<string, { document: string; rule: string; quote?: string } | undefined> };
  const rows = vocabulary.financeFields.map((term) => ({
    prefix: `finance.${term.code}`,
    setting: term.label,
    value: describeSettingValue(finance[term.code]),
    source: finance.sources?.[term.code],
  }));
  return (
    <section aria-labelledby="finance-heading">
      <h2 id="finance-heading">Finance</h2>
      <SettingsTable caption="Finance settings" rows={rows} provenance={provenance} policyName={policy.name} />
    </section>
  );
}
