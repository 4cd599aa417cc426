import { todayIso } from "@pb/calendar";
import type { Metadata } from "next";
import Link from "next/link";

import "~/app/(console)/requests/_lib/case-pages.css";
import "~/app/(console)/decisions/[decisionId]/letter/letter.css";
import { loadAsUser } from "~/server/load-as-user";
import { PrintButton } from "~/app/(console)/decisions/[decisionId]/letter/print-button";
import { FamilyLetterArticle } from "~/app/(console)/letters/_lib/family-letter-article";
import { LetterSentForm } from "~/app/(console)/letters/_lib/letter-sent-form";

// The title names no child: browser history and tab titles are not the place for a name.
export const metadata: Metadata = { title: "Outcome of a review of a decision" };

export default async function ReviewOutcomeLetterPage({ params }: { params: Promise<{ disagreementId: string }> }) {
  const { disagreementId } = await params;
  const loaded = await loadAsUser((caller) => caller.disagreements.outcomeLetter({ disagreementId }));
  const { letter, disagreement } = loaded;
  return (
    <>
      <div className="letter-actions">
        <p className="button-row">
          <Link href={`/disagreements/${disagreement.id}`}>Back to the review</Link>
          <PrintButton />
          <a href={`/api/letters/review-outcomes/${disagreement.id}`} download>
            Download this letter as a PDF
          </a>
        </p>
        {disagreement.newDecisionId && (
          <p>
            <Link href={`/decisions/${disagreement.newDecisionId}/letter`}>Open the letter for the new decision</Link>
          </p>
        )}
        {!disagreement.outcomeLetterSentOn && <p>This letter is dated today. Once you record the day it was sent, it keeps that date.</p>}
        <LetterSentForm kind="review_outcome" id={disagreement.id} version={disagreement.version} sentOn={disagreement.outcomeLetterSentOn} today={todayIso()} />
      </div>
      <FamilyLetterArticle letter={letter} />
    </>
  );
}
