import { todayIso } from "@pb/calendar";
import type { Metadata } from "next";
import Link from "next/link";

import "../_lib/case-pages.css";
import { loadAsUser } from "~/server/load-as-user";
import { getAbilities, type Abilities } from "../_lib/abilities";
import type { RequestDecisionView, RequestLineView, RequestView } from "../_lib/types";
import { ARRANGEMENT_LABELS, CHECK_LABELS, DECISION_LABELS, RECIPIENT_LABELS, REQUEST_STATUS_LABELS, REVIEW_OUTCOME_LABELS, STAGE_LABELS, STREAM_LABELS, formatDate, formatMoney, labelOf } from "../_lib/words";
import { ConditionList } from "../_lib/condition-list";
import { DecisionDates } from "./decision-dates";
import { DecisionForm } from "./decision-form";
import { DecisionJudgement } from "../_lib/decision-judgement";
import { WithdrawButton } from "./withdraw-button";

export const metadata: Metadata = { title: "Request for a personal budget" };

const yesNo = (value: boolean | null) => (value === null ? "Not known yet" : value ? "Yes" : "No");

function Asked({ line }: { line: RequestLineView }) {
  return (
    <dl className="summary-list">
      <dt>Annual cost asked for</dt>
      <dd>{formatMoney(line.annualCostPence)}</dd>
      <dt>How it would be managed</dt>
      <dd>
        {labelOf(ARRANGEMENT_LABELS, line.arrangement)}
        {line.recipient ? `, paid to: ${labelOf(RECIPIENT_LABELS, line.recipient).toLowerCase()}` : ""}
      </dd>
      <dt>On school or college premises</dt>
      <dd>{line.onSchoolPremises ? "Yes" : "No"}</dd>
      <dt>School or college agreed</dt>
      <dd>{yesNo(line.schoolAgreed)}</dd>
      <dt>Need identified by a professional</dt>
      <dd>{yesNo(line.needIdentifiedByProfessional)}</dd>
      <dt>Cost if the council commissioned it</dt>
      <dd>{formatMoney(line.commissionedCostPence)}</dd>
      <dt>Plan outcomes</dt>
      <dd>{line.linkedOutcomes.length ? line.linkedOutcomes.join(", ") : "None linked"}</dd>
    </dl>
  );
}

function Check({ line }: { line: RequestLineView }) {
  return (
    <>
      <h3>Policy check: {CHECK_LABELS[line.check.outcome]}</h3>
      <p className="source">
        Checked against policy version {line.check.policyVersionNumber}, the version in force on {formatDate(line.check.checkedOn)} when the request was received.
      </p>
      {line.check.reasons.length > 0 ? (
        <ul>
          {line.check.reasons.map((r, i) => (
            <li key={i}>
              {r.message} <span className="source">Source: {r.source}</span>
            </li>
          ))}
        </ul>
      ) : (
        <p>The policy raises nothing about this line.</p>
      )}
    </>
  );
}

function Decision({ decision, line, can, today }: { decision: RequestDecisionView; line: RequestLineView; can: Abilities; today: string }) {
  const openReview = decision.disagreements.find((g) => g.outcome === null);
  return (
    <>
      <h3>
        Decision: {DECISION_LABELS[decision.outcome]}
        {decision.supersedesDecisionId ? " (on review)" : ""}
      </h3>
      <dl className="summary-list">
        {decision.outcome !== "refused" && (
          <>
            <dt>Amount agreed</dt>
            <dd>{formatMoney(decision.amountPence)} a year</dd>
            <dt>Arrangement agreed</dt>
            <dd>{labelOf(ARRANGEMENT_LABELS, decision.arrangement)}</dd>
          </>
        )}
        <dt>Decided by</dt>
        <dd>
          {decision.panel}, on {formatDate(decision.decidedOn)}
          {decision.decidedBy ? `, recorded by ${decision.decidedBy}` : ""}
        </dd>
        <dt>Policy version</dt>
        <dd>Version {decision.policyVersionNumber}, in force on the day of the decision</dd>
      </dl>
      <DecisionJudgement decision={decision} />
      {decision.reasons.length > 0 && (
        <>
          <h4>Reasons</h4>
          <ol>
            {decision.reasons.map((r, i) => (
              <li key={i}>
                {r.text} {r.source && <span className="source">Source: {r.source}</span>}
              </li>
            ))}
          </ol>
        </>
      )}
      {can.letters && (
        <>
          <p className="button-row">
            <Link href={`/decisions/${decision.id}/letter`}>Open the decision letter<span className="visually-hidden"> for line {line.lineNo}</span></Link>
            <a href={`/api/letters/${decision.id}`} download>
              Download the letter as a PDF<span className="visually-hidden"> for line {line.lineNo}</span>
            </a>
          </p>
          <DecisionDates decisionId={decision.id} version={decision.version} familyToldOn={decision.familyToldOn} letterSentOn={decision.letterSentOn} today={today} context={`line ${line.lineNo}`} />
        </>
      )}
      {decision.disagreements.length > 0 && (
        <>
          <h4>Reviews of this decision</h4>
          <ul>
            {decision.disagreements.map((g) => (
              <li key={g.id}>
                <Link href={`/disagreements/${g.id}`}>Review asked for on {formatDate(g.requestedOn)}</Link>: {g.outcome ? labelOf(REVIEW_OUTCOME_LABELS, g.outcome) : "open"}
                {g.late && <> <span className="flag">Late</span> asked after the deadline</>}
              </li>
            ))}
          </ul>
        </>
      )}
      {can.write && !openReview && decision.familyToldOn && (
        <p>
          <Link href={`/disagreements/new?decisionId=${decision.id}`}>Record a request for a review of this decision<span className="visually-hidden"> on line {line.lineNo}</span></Link>
        </p>
      )}
    </>
  );
}

function Line({ line, request, can, today }: { line: RequestLineView; request: RequestView; can: Abilities; today: string }) {
  const earlier = line.decisions.filter((d) => d.id !== line.currentDecision?.id);
  return (
    <section className="request-section" aria-labelledby={`line-${line.lineNo}`}>
      <h2 id={`line-${line.lineNo}`}>
        Line {line.lineNo}: {line.serviceName} ({labelOf(STREAM_LABELS, line.stream)})
      </h2>
      <Asked line={line} />
      <Check line={line} />
      {line.currentDecision && <Decision decision={line.currentDecision} line={line} can={can} today={today} />}
      {line.currentDecision && line.currentDecision.outcome !== "refused" && (
        <div id={`conditions-line-${line.lineNo}`}>
          <ConditionList conditions={line.conditions} canConfirm={can.confirmConditions} today={today} context={`line ${line.lineNo}`} />
        </div>
      )}
      {earlier.length > 0 && (
        <p>
          Replaced decisions:{" "}
          {earlier.map((d) => `${DECISION_LABELS[d.outcome]} on ${formatDate(d.decidedOn)}`).join("; ")}
        </p>
      )}
      {!line.currentDecision && request.status === "open" && can.decide && (
        <>
          <h3>Record the panel&apos;s decision</h3>
          <DecisionForm
            lineId={line.id}
            lineNo={line.lineNo}
            requestVersion={request.version}
            line={{ annualCostPence: line.annualCostPence, arrangement: line.arrangement, recipient: line.recipient, checkReasons: line.check.reasons }}
            panelName={request.panels[line.stream as keyof RequestView["panels"]] ?? null}
            today={today}
            conditions={line.conditions}
            guide={line.guide}
            canSetAside={can.setRulesAside}
          />
        </>
      )}
      {!line.currentDecision && request.status === "open" && !can.decide && <p>Waiting for the panel&apos;s decision.</p>}
    </section>
  );
}

/** Once the panel approves a line, the budget is set up from the decision; afterwards this opens it. */
function BudgetLink({ request, can }: { request: RequestView; can: Abilities }) {
  if (request.budgetId) {
    return (
      <p>
        <Link href={`/cases/${request.childId}/budgets/${request.budgetId}`}>Open the budget</Link>
      </p>
    );
  }
  const approved = request.lines.some((l) => l.currentDecision && l.currentDecision.outcome !== "refused");
  if (!approved || !can.write) return null;
  return (
    <p>
      <Link className="button" href={`/cases/${request.childId}/budgets/new?requestId=${request.id}`}>
        Set up the budget
      </Link>
    </p>
  );
}

export default async function RequestPage({ params }: { params: Promise<{ requestId: string }> }) {
  const { requestId } = await params;
  const loaded = await loadAsUser((caller) => caller.requests.get({ requestId }));
  const request = loaded;
  const can = await getAbilities();
  const today = todayIso();
  return (
    <>
      <p>
        <Link href={`/cases/${request.childId}`}>Back to {request.childReference}</Link>
      </p>
      <h1>Request for a personal budget</h1>
      <dl className="summary-list">
        <dt>Child or young person</dt>
        <dd>{request.childReference}</dd>
        <dt>When it was made</dt>
        <dd>{labelOf(STAGE_LABELS, request.stage)}</dd>
        <dt>Received</dt>
        <dd>{formatDate(request.receivedOn)}</dd>
        <dt>Status</dt>
        <dd>{labelOf(REQUEST_STATUS_LABELS, request.status)}</dd>
      </dl>
      {request.status === "open" && can.write && <WithdrawButton requestId={request.id} version={request.version} />}
      <BudgetLink request={request} can={can} />
      {request.lines.map((line) => (
        <Line key={line.id} line={line} request={request} can={can} today={today} />
      ))}
    </>
  );
}
