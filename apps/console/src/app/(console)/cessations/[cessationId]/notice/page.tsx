import { todayIso } from "@pb/calendar";
import type { Metadata } from "next";
import Link from "next/link";

import "~/app/(console)/requests/_lib/case-pages.css";
import "~/app/(console)/decisions/[decisionId]/letter/letter.css";
import { loadAsUser } from "~/server/load-as-user";
import { PrintButton } from "~/app/(console)/decisions/[decisionId]/letter/print-button";
import { formatDate } from "~/app/(console)/requests/_lib/words";
import { FamilyLetterArticle } from "~/app/(console)/letters/_lib/family-letter-article";
import { LetterSentForm } from "~/app/(console)/letters/_lib/letter-sent-form";

// The title names no child: browser history and tab titles are not the place for a name.
export const metadata: Metadata = { title: "Notice that a personal budget will end" };

export default async function CessationNoticePage({ params }: { params: Promise<{ cessationId: string }> }) {
  const { cessationId } = await params;
  const loaded = await loadAsUser((caller) => caller.cessations.notice({ cessationId }));
  const { letter, cessation } = loaded;
  return (
    <>
      <div className="letter-actions">
        <p className="button-row">
          <Link href={`/cases/${cessation.childId}/budgets/${cessation.budgetId}`}>Back to the budget</Link>
          <PrintButton />
          <a href={`/api/letters/cessation-notices/${cessation.id}`} download>
            Download this notice as a PDF
          </a>
        </p>
        {cessation.noticeDueOn && <p>The notice is due by {formatDate(cessation.noticeDueOn)} (T6).</p>}
        {cessation.late && (
          <p>
            <span className="flag">Late</span> The notice went after the policy&apos;s time limit.
          </p>
        )}
        {!cessation.noticeSentOn && <p>This notice is dated today. Once you record the day it was sent, it keeps that date.</p>}
        <LetterSentForm kind="cessation_notice" id={cessation.id} version={cessation.version} sentOn={cessation.noticeSentOn} today={todayIso()} />
      </div>
      <FamilyLetterArticle letter={letter} />
    </>
  );
}
