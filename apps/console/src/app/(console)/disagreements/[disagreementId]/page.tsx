import { todayIso } from "@pb/calendar";
import type { Metadata } from "next";
import Link from "next/link";
import { TIME_LIMIT_NOT_SET } from "@pb/reviews";

import "~/app/(console)/requests/_lib/case-pages.css";
import { loadAsUser } from "~/server/load-as-user";
import { getAbilities } from "~/app/(console)/requests/_lib/abilities";
import { DECISION_LABELS, REVIEW_OUTCOME_LABELS, STREAM_LABELS, formatDate, labelOf } from "~/app/(console)/requests/_lib/words";
import { MeetingForm } from "./meeting-form";
import { OutcomeForm } from "./outcome-form";

export const metadata: Metadata = { title: "Review of a decision" };

export default async function DisagreementPage({ params }: { params: Promise<{ disagreementId: string }> }) {
  const { disagreementId } = await params;
  const loaded = await loadAsUser((caller) => caller.disagreements.get({ disagreementId }));
  const g = loaded;
  const can = await getAbilities();
  const today = todayIso();
  return (
    <>
      <p>
        <Link href={`/requests/${g.requestId}`}>Back to the request</Link>
      </p>
      <h1>Review of a decision</h1>
      {g.late && (
        <p>
          <span className="flag">Late</span> The family asked on {formatDate(g.requestedOn)}, after the deadline of {formatDate(g.requestDeadlineOn)}. The request is
          recorded all the same.
        </p>
      )}
      {g.overdue && (
        <p>
          <span className="flag">Overdue</span> The council&apos;s deadline to decide, {formatDate(g.decisionDeadlineOn)}, has passed without an outcome.
        </p>
      )}
      {g.noRequestLimit && <p>{g.noRequestLimit} The request is recorded with no deadline, and is never late.</p>}
      <dl className="summary-list">
        <dt>Child or young person</dt>
        <dd>{g.childReference}</dd>
        <dt>Decision reviewed</dt>
        <dd>
          {g.line.serviceName} ({labelOf(STREAM_LABELS, g.line.stream)}): {labelOf(DECISION_LABELS, g.decision.outcome)} on {formatDate(g.decision.decidedOn)}
        </dd>
        <dt>Family told</dt>
        <dd>{g.familyToldOn ? formatDate(g.familyToldOn) : "Not recorded"}</dd>
        <dt>Deadline for asking</dt>
        <dd>{g.requestDeadlineOn ? formatDate(g.requestDeadlineOn) : TIME_LIMIT_NOT_SET}</dd>
        <dt>Family asked</dt>
        <dd>
          {formatDate(g.requestedOn)}
          {g.requestDeadlineOn ? (g.late ? " (late)" : " (in time)") : ""}
        </dd>
        <dt>Council received it</dt>
        <dd>{formatDate(g.receivedOn)}</dd>
        <dt>Council&apos;s deadline to decide</dt>
        <dd>{g.decisionDeadlineOn ? formatDate(g.decisionDeadlineOn) : TIME_LIMIT_NOT_SET}</dd>
        <dt>Meeting</dt>
        <dd>{formatDate(g.meetingOn)}</dd>
      </dl>
      <p className="source">
        {g.rules.request.rule}
        {g.rules.request.source ? ` (source: ${g.rules.request.source})` : ""}. {g.rules.decision.rule}
        {g.rules.decision.source ? ` (source: ${g.rules.decision.source})` : ""}.
      </p>
      <h2>Grounds</h2>
      <p>{g.grounds}</p>
      {g.outcome ? (
        <>
          <h2>Outcome</h2>
          <p>
            <strong>{labelOf(REVIEW_OUTCOME_LABELS, g.outcome)}</strong>, on {formatDate(g.outcomeOn)}.
          </p>
          {g.outcomeNotes && <p>{g.outcomeNotes}</p>}
          {can.letters && (
            <p>
              <Link href={`/disagreements/${g.id}/letter`}>Open the letter with the outcome of the review</Link>
              {g.outcomeLetterSentOn ? ` (sent on ${formatDate(g.outcomeLetterSentOn)})` : " (not sent yet)"}
            </p>
          )}
          {g.decision.replacedById && (
            <p>
              <Link href={`/decisions/${g.decision.replacedById}/letter`}>Open the letter for the new decision</Link>
            </p>
          )}
        </>
      ) : can.write || can.decide ? (
        <>
          {can.write && <MeetingForm disagreementId={g.id} version={g.version} meetingOn={g.meetingOn} today={today} />}
          <OutcomeForm
            disagreementId={g.id}
            version={g.version}
            line={{ annualCostPence: g.line.annualCostPence, arrangement: g.line.arrangement, recipient: g.line.recipient, checkReasons: g.line.checkReasons }}
            panelName={g.panel}
            today={today}
            guide={g.guide}
            canSetAside={can.setRulesAside}
          />
        </>
      ) : (
        <p>The review is open. A case officer records the meeting, and a case officer or the panel records the outcome.</p>
      )}
      <h2>Other routes open to the family</h2>
      <p>Whatever the review decides, the family can still use these routes; the letters tell them so.</p>
      {g.routes.map((route) => (
        <section key={route.route} aria-labelledby={`route-${route.route}`}>
          <h3 id={`route-${route.route}`}>{route.heading}</h3>
          {route.paragraphs.map((p, i) => (
            <p key={i}>
              {p.text} <span className="source">(Source: {p.source})</span>
            </p>
          ))}
        </section>
      ))}
    </>
  );
}
