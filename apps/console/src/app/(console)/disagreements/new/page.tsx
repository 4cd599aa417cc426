import { todayIso } from "@pb/calendar";
import type { Metadata } from "next";
import Link from "next/link";
import { forbidden, notFound } from "next/navigation";
import { TIME_LIMIT_NOT_SET } from "@pb/reviews";

import "~/app/(console)/requests/_lib/case-pages.css";
import { loadAsUser } from "~/server/load-as-user";
import { getAbilities } from "~/app/(console)/requests/_lib/abilities";
import { DECISION_LABELS, STREAM_LABELS, formatDate, labelOf } from "~/app/(console)/requests/_lib/words";
import { OpenDisagreementForm } from "./open-disagreement-form";

export const metadata: Metadata = { title: "Record a request for a review of a decision" };

export default async function NewDisagreementPage({ searchParams }: { searchParams: Promise<{ decisionId?: string }> }) {
  const { decisionId } = await searchParams;
  if (!decisionId) notFound();
  const can = await getAbilities();
  if (!can.write) forbidden();
  const loaded = await loadAsUser(async (caller) => {
    const { letter, decision } = await caller.decisions.letter({ decisionId });
    const request = await caller.requests.get({ requestId: decision.requestId });
    return { letter, decision, request };
  });
  const { letter, decision, request } = loaded;
  const line = request.lines.find((l) => l.decisions.some((d) => d.id === decision.id));
  const reviewed = line?.decisions.find((d) => d.id === decision.id);
  return (
    <>
      <p>
        <Link href={`/requests/${request.id}`}>Back to the request</Link>
      </p>
      <h1>Record a request for a review of a decision</h1>
      <dl className="summary-list">
        <dt>Child or young person</dt>
        <dd>{request.childReference}</dd>
        <dt>Decision</dt>
        <dd>
          {line ? `Line ${line.lineNo}, ${line.serviceName} (${labelOf(STREAM_LABELS, line.stream)})` : ""}: {reviewed ? DECISION_LABELS[reviewed.outcome] : ""}, on {formatDate(decision.decidedOn)}
        </dd>
        <dt>Family told</dt>
        <dd>{formatDate(decision.familyToldOn)}</dd>
        <dt>Deadline for asking</dt>
        <dd>{letter.reviewBy ? `${letter.reviewBy.dueText} (${letter.reviewBy.counting} from the day the family was told)` : `${TIME_LIMIT_NOT_SET}: the family may ask at any time.`}</dd>
      </dl>
      {decision.familyToldOn || !letter.reviewBy ? (
        <>
          <p>{letter.reviewBy ? "A request made after the deadline is still recorded, and shown as late." : "The policy sets no time limit, so the request is recorded with no deadline and is never late."}</p>
          <OpenDisagreementForm decisionId={decision.id} today={todayIso()} />
        </>
      ) : (
        <p>
          Record the day the family was told the decision first, on <Link href={`/requests/${request.id}`}>the request</Link>: the time limit for asking
          runs from it.
        </p>
      )}
    </>
  );
}
