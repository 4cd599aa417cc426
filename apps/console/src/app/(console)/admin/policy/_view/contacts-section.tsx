import type { PolicyDocument, Provenance } from "../_lib/types";
import { SettingsTable } from "./settings-table";

/** Who families talk to, as the public Local Offer page lists them. */
export function ContactsSection({ policy, provenance }: { policy: PolicyDocument; provenance: Provenance }) {
  const rows = (policy.contacts ?? []).map((contact, i) => ({
    prefix: `contacts.${i}`,
    setting: contact.name,
    value: `For ${contact.about}${contact.phone ? `; telephone ${contact.phone}` : ""}`,
    source: contact.source,
  }));
  return (
    <section aria-labelledby="contacts-heading">
      <h2 id="contacts-heading">Contacts for families</h2>
      <p>The council&apos;s public Local Offer page lists these; where there are none, it tells families to talk to their case officer.</p>
      <SettingsTable caption="Contacts" rows={rows} provenance={provenance} policyName={policy.name} />
    </section>
  );
}
