
import { describeSettingValue } from "@pb/eligibility";
import type { PolicyDocument, Provenance } from "../_lib/types";
import { SettingsTable } from "./settings-table";

/** R9 and R10: who may receive a direct payment, and what it may never buy. */
export function DirectPaymentsSection({ policy, provenance }: { policy: PolicyDocument; provenance: Provenance }) {
  const { recipients, prohibitedUses, prepaidCards } = policy.directPayments;
  const young = recipients.young_person;
  const recipientRows = [
    { prefix: "directPayments.recipients.parent", setting: "Parent or carer", value: describeSettingValue(recipients.parent.allowed), source: recipients.parent.source },
    {
      prefix: "directPayments.recipients.young_person",
      setting: "Young person",
      value: young.allowed
        ? `yes${young.overCompulsorySchoolAge ? ", once over compulsory school age" : ""}${young.capacity ? ", with capacity to manage it" : ""}`
        : "no",
      source: young.source,
    },
    { prefix: "directPayments.recipients.nominee", setting: "Nominated person", value: describeSettingValue(recipients.nominee.allowed), source: recipients.nominee.source },
    ...(prepaidCards
      ? [{ prefix: "directPayments.prepaidCards", setting: "Prepaid cards", value: describeSettingValue(prepaidCards.offered), source: prepaidCards.source }]
      : []),
  ];
  const prohibitedRows = Object.entries(prohibitedUses).map(([key, use]) => ({
    prefix: `directPayments.prohibitedUses.${key}`,
    setting: use.description,
    value: `${describeSettingValue(use.streams).replaceAll("_", " ")}${use.services.length ? `; services: ${use.services.join(", ").replaceAll("_", " ")}` : ""}`,
    source: use.source,
  }));
  return (
    <section aria-labelledby="direct-payments-heading">
      <h2 id="direct-payments-heading">Direct payments</h2>
      <SettingsTable caption="Who may receive a direct payment" rows={recipientRows} provenance={provenance} policyName={policy.name} />
      <SettingsTable caption="Prohibited uses of a direct payment (streams and services)" rows={prohibitedRows} provenance={provenance} policyName={policy.name} />
    </section>
  );
}
