import { FamilyContactForm } from "./family-contact-form";
import type { FamilyContact } from "./family-contact-words";

/**
 * How the family is reached: shown only to the roles that correspond with families (ACCESS.familyContact),
 * whose page asks for it; every other role's page never loads it.
 */
export function FamilyContactSection({ contact }: { contact: FamilyContact }) {
  const address = [contact.addressee, ...contact.addressLines, contact.postcode].filter((l): l is string => Boolean(l));
  return (
    <section aria-labelledby="contact-heading" className="request-section">
      <h2 id="contact-heading">Family contact details</h2>
      <dl className="summary-list">
        <dt>Email address</dt>
        <dd>{contact.email ?? "None given"}</dd>
        <dt>Postal address</dt>
        <dd>
          {address.length === 0
            ? "None given"
            : address.map((line, i) => (
                <span key={i}>
                  {line}
                  {i < address.length - 1 && <br />}
                </span>
              ))}
        </dd>
      </dl>
      <details>
        <summary>Change the contact details</summary>
        <FamilyContactForm key={contact.version} contact={contact} />
      </details>
    </section>
  );
}
