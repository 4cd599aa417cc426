
import { describeSettingPath } from "@pb/eligibility";
import type { PolicyDocument, Provenance } from "../_lib/types";
import { SettingsTable } from "./settings-table";

/** What the policy states for people to apply (R7–R15, T1–T8): cited, but never computed. */
export function StatementsSection({ policy, provenance }: { policy: PolicyDocument; provenance: Provenance }) {
  const statements = policy.statements as Record<string, { text: string; source: { document: string; rule: string; quote?: string } } | undefined>;
  const rows = Object.entries(statements).flatMap(([topic, statement]) =>
    statement ? [{ prefix: `statements.${topic}`, setting: describeSettingPath(`statements.${topic}`).replace(/^Statements › /, ""), value: statement.text, source: statement.source }] : [],
  );
  return (
    <section aria-labelledby="statements-heading">
      <h2 id="statements-heading">Statements for the people who decide</h2>
      <SettingsTable caption="Statements" rows={rows} provenance={provenance} policyName={policy.name} />
    </section>
  );
}
