import type { Metadata } from "next";
import { loadAsUser } from "~/server/load-as-user";
import { TemplateForm } from "./template-form";

export const metadata: Metadata = { title: "GOV.UK Notify templates" };

/** Each kind of message the council sends, the fields its email template receives, and the template id to use (admins). */
export default async function NotifyTemplatesPage() {
  const kinds = await loadAsUser((caller) => caller.notifyTemplates.list());
  return (
    <>
      <h1>GOV.UK Notify templates</h1>
      <p className="lede">
        Letters and emails reach families through GOV.UK Notify. For each kind of message, make an email template in the council&apos;s Notify
        service that uses the personalisation fields listed, in double brackets (for example ((child_reference))), and paste its template id here.
        A family with no email address is sent the letter by post as a precompiled PDF, which needs no template. A message whose kind has no
        template stays &quot;not sent&quot; on the case, and the printable letter stays available.
      </p>
      {kinds.map((k) => (
        <section key={k.kind} aria-labelledby={`kind-${k.kind}`} className="request-section">
          <h2 id={`kind-${k.kind}`}>{k.label}</h2>
          <p>
            {k.audience === "staff" ? "Sent to a member of staff, by email." : k.sentByPostAsLetter ? "Sent to the family: by email with the letter attached, or the letter by post." : "Sent to the family by email only."}
          </p>
          <table>
            <caption className="visually-hidden">Personalisation fields of the {k.label.toLowerCase()}</caption>
            <thead>
              <tr>
                <th scope="col">Field</th>
                <th scope="col">Holds</th>
              </tr>
            </thead>
            <tbody>
              {k.fields.map((f) => (
                <tr key={f.name}>
                  <th scope="row">
                    <code>(({f.name}))</code>
                  </th>
                  <td>{f.holds}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <TemplateForm kind={k.kind} label={k.label} templateId={k.emailTemplateId} version={k.version} />
        </section>
      ))}
    </>
  );
}
