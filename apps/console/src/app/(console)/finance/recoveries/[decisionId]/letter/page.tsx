import type { Metadata } from "next";
import Link from "next/link";
import { formatIsoDateEnGb, formatPence, todayIso } from "@pb/calendar";

import { loadAsUser } from "~/server/load-as-user";
import { LetterSent } from "./letter-sent";

export const metadata: Metadata = { title: "Recovery letter" };

export default async function RecoveryLetterPage({ params }: { params: Promise<{ decisionId: string }> }) {
  const { decisionId } = await params;
  // As the API decides: another council's, unknown or malformed id is not found; another role is not allowed.
  const loaded = await loadAsUser((caller) => caller.financeRecovery.letter({ decisionId }));
  const l = loaded;
  const what = l.kind === "year_end" ? `the money left in the account at the end of the ${l.financialYear ?? ""} financial year` : "the money that has built up in the direct payment account";
  return (
    <>
      <p className="no-print">
        <Link href="/finance/accounts">Direct payment accounts</Link>
      </p>
      <article aria-labelledby="letter-heading">
        <p>{l.councilName}</p>
        <p>
          To {l.recipientName}
          <br />
          About {l.childName} (reference {l.childReference})
          <br />
          {formatIsoDateEnGb(l.decidedOn)}
        </p>
        <h1 id="letter-heading">Our decision about {what}</h1>
        <p>
          We have looked at the account for {l.childName}&apos;s personal budget. It held {formatPence(l.balancePence)}
          {l.kind === "underspend" ? `, more than the ${formatPence(l.thresholdPence)} that the council's policy allows to build up before it looks at recovering unspent money` : ""}.
        </p>
        <p>
          We have decided, for your family and on its circumstances, to keep {formatPence(l.contingencyPence)} in the account for anything unexpected and {formatPence(l.plannedPence)} for spending you have planned,
          and to recover <strong data-testid="letter-amount">{formatPence(l.recoverPence)}</strong>.
        </p>
        <h2>Why</h2>
        <p>{l.reasons}</p>
        <h2>What happens next</h2>
        <p>
          {l.method === "offset"
            ? `We will take ${formatPence(l.recoverPence)} off your next payments. You do not need to do anything.`
            : l.method === "invoice"
              ? `We will send you an invoice for ${formatPence(l.recoverPence)}.`
              : "We will not recover any money."}
        </p>
        <h2>If you disagree</h2>
        <p>
          {l.noReviewLimit ? `${l.noReviewLimit} ` : ""}You can ask us to review this decision by writing to your case officer
          {l.reviewWithin ? ` within ${l.reviewWithin} of receiving this letter` : ""}. Tell us why you think the decision is wrong and send anything that shows what the money is for. We will look at it again and write to you with the outcome.
          You can also ask for information about mediation and disagreement resolution services.
        </p>
      </article>
      <LetterSent decisionId={l.decisionId} version={l.version} sentOn={l.letterSentOn} today={todayIso()} />
    </>
  );
}
