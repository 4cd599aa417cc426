
import { describeSettingValue, type PolicyVocabulary } from "@pb/eligibility";
import type { PolicyDocument, Provenance } from "../_lib/types";
import { ServicesTable } from "./services-table";
import { SettingsTable, type SettingRow } from "./settings-table";
import { describeRequirement, listRequirements } from "./requirements";

type Props = { stream: PolicyVocabulary["streams"][number]; policy: PolicyDocument; provenance: Provenance; vocabulary: PolicyVocabulary };

/** One funding stream: whether it is offered, its rules (plans, windows, ages, levels, arrangements, panel), its services. */
export function StreamSection({ stream, policy, provenance, vocabulary }: Props) {
  const rules = policy.streams[stream.code as keyof PolicyDocument["streams"]];
  const at = `streams.${stream.code}`;
  const headingId = `stream-${stream.code}`;
  if (!rules) {
    return (
      <section aria-labelledby={headingId}>
        <h2 id={headingId}>{stream.label}</h2>
        <p>This policy does not cover the {stream.label.toLowerCase()} stream, so it is not offered.</p>
      </section>
    );
  }
  const words = (codes: string[]) => describeSettingValue(codes);
  const rows: SettingRow[] = [
    { prefix: `${at}.offered`, setting: "Offered", value: describeSettingValue(rules.offered), source: rules.source },
    { prefix: `${at}.panel`, setting: "Panel that decides", value: rules.panel?.name ?? "Not named", source: rules.panel?.source },
    {
      prefix: `${at}.qualifyingPlans`,
      setting: "Plans that qualify",
      value: rules.qualifyingPlans ? `${words(rules.qualifyingPlans.types)}, when ${words(rules.qualifyingPlans.statuses)}` : "No plan needed",
      source: rules.qualifyingPlans?.source,
    },
    {
      prefix: `${at}.requestStages`,
      setting: "Request windows",
      value: rules.requestStages ? words(rules.requestStages.allowed) : "At any time",
      source: rules.requestStages?.source,
    },
    {
      prefix: `${at}.ageRange`,
      setting: "Age limits",
      value: rules.ageRange ? `${rules.ageRange.min} to ${rules.ageRange.max} years` : "No age limit",
      source: rules.ageRange?.source,
    },
    ...vocabulary.arrangements.map((a) => {
      const offer = rules.arrangements[a.code as keyof typeof rules.arrangements];
      return { prefix: `${at}.arrangements.${a.code}`, setting: `Arrangement: ${a.label.toLowerCase()}`, value: offer ? describeSettingValue(offer.offered) : "Not offered", source: offer?.source };
    }),
    ...listRequirements(rules.requires).map(({ kind, requirement }) => ({
      prefix: `${at}.requires.${kind}`,
      setting: "Condition on every service",
      value: describeRequirement(kind, requirement),
      source: requirement.source,
    })),
  ];
  const levels = rules.shortBreaksLevels;
  if (levels) {
    rows.push(
      ...Object.entries(levels.levels).map(([level, rule]) => ({
        prefix: `${at}.shortBreaksLevels.levels.${level}`,
        setting: `Short breaks level ${level}: ${rule.name}`,
        value: `Personal budget: ${describeSettingValue(rule.personalBudget)}; direct payment: ${describeSettingValue(rule.directPayment)}${rule.services ? `; only ${rule.services.join(", ").replaceAll("_", " ")}` : ""}`,
        source: levels.source,
      })),
    );
  }
  return (
    <section aria-labelledby={headingId}>
      <h2 id={headingId}>{stream.label}</h2>
      <SettingsTable caption={`${stream.label}: rules`} rows={rows} provenance={provenance} policyName={policy.name} />
      <ServicesTable streamCode={stream.code} streamLabel={stream.label} rules={rules} policyName={policy.name} provenance={provenance} />
    </section>
  );
}
