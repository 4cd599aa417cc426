import { todayIso } from "@pb/calendar";
import type { Metadata } from "next";
import Link from "next/link";

import "~/app/(console)/requests/_lib/case-pages.css";
import "./letter.css";
import { loadAsUser } from "~/server/load-as-user";
import { DecisionDates } from "~/app/(console)/requests/[requestId]/decision-dates";
import { LetterArticle } from "./letter-article";
import { PrintButton } from "./print-button";

// The title names no child: browser history and tab titles are not the place for a name.
export const metadata: Metadata = { title: "Decision letter" };

export default async function DecisionLetterPage({ params }: { params: Promise<{ decisionId: string }> }) {
  const { decisionId } = await params;
  const loaded = await loadAsUser((caller) => caller.decisions.letter({ decisionId }));
  const { letter, decision } = loaded;
  return (
    <>
      <div className="letter-actions">
        <p className="button-row">
          <Link href={`/requests/${decision.requestId}`}>Back to the request</Link>
          <PrintButton />
          <a href={`/api/letters/${decision.id}`} download>
            Download this letter as a PDF
          </a>
        </p>
        {!decision.letterSentOn && <p>This letter is dated today. Once you record the day it was sent, it keeps that date.</p>}
        <DecisionDates decisionId={decision.id} version={decision.version} familyToldOn={decision.familyToldOn} letterSentOn={decision.letterSentOn} today={todayIso()} />
      </div>
      <LetterArticle letter={letter} />
    </>
  );
}
