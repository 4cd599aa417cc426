import { todayIso } from "@pb/calendar";
import { describeCode } from "@pb/reports";
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { TIME_LIMIT_NOT_SET } from "@pb/reviews";
import { Fragment } from "react";

import "~/app/(console)/requests/_lib/case-pages.css";
import { loadAsUser } from "~/server/load-as-user";
import { ARRANGEMENT_LABELS, RECIPIENT_LABELS, STREAM_LABELS, formatDate, formatMoney, labelOf } from "~/app/(console)/requests/_lib/words";
import { getLifecycleAbilities, type LifecycleAbilities } from "../_lib/abilities";
import { BUDGET_STATUS_LABELS, CESSATION_REASON_LABELS, FREQUENCY_LABELS, PAYMENT_STATUS_LABELS, REVIEW_KIND_LABELS, REVIEW_RESULT_LABELS } from "../../../_lib/case-words";
import { TimeLimits } from "../_lib/time-limits";
import type { BudgetView } from "../_lib/types";
import { AgreementForm } from "./agreement-form";
import { EarlyReviewForm } from "./early-review-form";
import { MarkPaidButton } from "./mark-paid-button";
import { MonitoringSection } from "./monitoring-section";
import { ConditionList } from "~/app/(console)/requests/_lib/condition-list";
import { NoticeSentForm } from "./notice-sent-form";

export const metadata: Metadata = { title: "Personal budget" };

function Line({ line, can, today }: { line: BudgetView["lines"][number]; can: LifecycleAbilities; today: string }) {
  const caption = `${describeCode(line.service)} (${labelOf(STREAM_LABELS, line.stream)})`;
  // Why what is still to pay cannot be paid yet, said once for the line rather than on every row.
  const waiting = [...new Set(line.payments.filter((p) => (p.status === "scheduled" || p.status === "failed") && !p.payable).flatMap((p) => p.reasons))];
  return (
    <section className="request-section" aria-label={`Line: ${caption}`}>
      <h3>{caption}</h3>
      <dl className="summary-list">
        <dt>Annual amount</dt>
        <dd>{formatMoney(line.annualAmountPence)}</dd>
        <dt>Arrangement</dt>
        <dd>{labelOf(ARRANGEMENT_LABELS, line.arrangement)}</dd>
        <dt>How often</dt>
        <dd>{labelOf(FREQUENCY_LABELS, line.frequency)}</dd>
        <dt>From and to</dt>
        <dd>
          {formatDate(line.startsOn)} to {formatDate(line.endsOn)}
        </dd>
        <dt>Plan outcomes</dt>
        <dd>{line.linkedOutcomes.join(", ") || "None linked"}</dd>
        <dt>Scheduled in all</dt>
        <dd data-testid="line-total">{formatMoney(line.scheduledPence)}</dd>
      </dl>
      {waiting.length > 0 && (
        <p>
          <strong>Instalments not payable yet:</strong> {waiting.join(" ")}
        </p>
      )}
      <ConditionList conditions={line.conditions} canConfirm={can.confirmConditions} today={today} context={caption} headingLevel="h4" />
      <table>
        <caption>Payment schedule: {caption}</caption>
        <thead>
          <tr>
            <th scope="col">Due</th>
            <th scope="col" className="num">
              Amount
            </th>
            <th scope="col">Status</th>
            <th scope="col">Paid on</th>
            {can.pay && <th scope="col">Action</th>}
          </tr>
        </thead>
        <tbody>
          {line.payments.map((p) => (
            <tr key={p.id}>
              <td>{formatDate(p.dueOn)}</td>
              <td className="num">{formatMoney(p.amountPence)}</td>
              <td>{labelOf(PAYMENT_STATUS_LABELS, p.status)}</td>
              <td>{formatDate(p.paidOn)}</td>
              {can.pay && (
                <td>
                  {(p.status === "scheduled" || p.status === "failed") &&
                    (p.payable ? <MarkPaidButton paymentId={p.id} dueOn={p.dueOn} today={today} /> : <span>Cannot be paid: {p.reasons.join(" ")}</span>)}
                </td>
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}

export default async function BudgetPage({ params }: { params: Promise<{ childId: string; budgetId: string }> }) {
  const { childId, budgetId } = await params;
  const loaded = await loadAsUser((caller) => caller.budgets.get({ budgetId }));
  const budget = loaded;
  if (budget.childId !== childId) notFound();
  const can = await getLifecycleAbilities();
  const today = todayIso();
  const active = budget.status === "active";
  const hasDirectPayment = budget.lines.some((l) => l.arrangement === "direct_payment");
  return (
    <>
      <p>
        <Link href={`/cases/${childId}`}>Back to {budget.childReference}</Link>
      </p>
      <h1>Personal budget, version {budget.budgetVersion}</h1>
      <dl className="summary-list">
        <dt>Child or young person</dt>
        <dd>{budget.childReference}</dd>
        <dt>Status</dt>
        <dd>
          {labelOf(BUDGET_STATUS_LABELS, budget.status)}
          {budget.ceasedOn ? `: last payment ${formatDate(budget.ceasedOn)}` : ""}
        </dd>
        <dt>From and to</dt>
        <dd>
          {formatDate(budget.startsOn)} to {formatDate(budget.endsOn)}
        </dd>
        <dt>Plan&apos;s annual reviews counted from</dt>
        <dd data-testid="plan-reviewed-on" data-iso={budget.planReviewedOn ?? ""}>{formatDate(budget.planReviewedOn)}</dd>
        {budget.requestId && (
          <>
            <dt>Request</dt>
            <dd>
              <Link href={`/requests/${budget.requestId}`}>The request and the panel&apos;s decisions</Link>
            </dd>
          </>
        )}
      </dl>
      {budget.versions.length > 1 && (
        <>
          <h2>Versions</h2>
          <ul>
            {budget.versions.map((v) => (
              <li key={v.id}>
                {v.id === budget.id ? (
                  <strong>Version {v.budgetVersion} (this one)</strong>
                ) : (
                  <Link href={`/cases/${childId}/budgets/${v.id}`}>Version {v.budgetVersion}</Link>
                )}
                : from {formatDate(v.startsOn)}, {labelOf(BUDGET_STATUS_LABELS, v.status).toLowerCase()}
              </li>
            ))}
          </ul>
        </>
      )}
      <TimeLimits policy={budget.policy} />

      <h2>Direct payment agreement</h2>
      {!hasDirectPayment ? (
        <p>No line is a direct payment, so no agreement is needed.</p>
      ) : budget.agreements.length === 0 ? (
        <p>
          <span className="flag">No agreement</span> No direct payment can be paid until the written agreement is recorded (T1).
        </p>
      ) : (
        budget.agreements.map((a) => (
          <section key={a.id} className="request-section" aria-label={`Agreement signed ${formatDate(a.signedOn)}`}>
            <p>
              Signed by {a.signedBy} on {formatDate(a.signedOn)}; paid to {a.recipientName} ({labelOf(RECIPIENT_LABELS, a.recipient).toLowerCase()})
              {a.schoolAgreementOn ? `; the school agreed in writing on ${formatDate(a.schoolAgreementOn)}` : ""}
            </p>
            {a.recipientChangeReason && a.requestedRecipient && (
              <p data-testid="recipient-change">
                <span className="flag">Recipient changed</span> The request named {labelOf(RECIPIENT_LABELS, a.requestedRecipient).toLowerCase()}. Reason: {a.recipientChangeReason}
              </p>
            )}
            {a.terms.length > 0 ? (
              <dl className="summary-list">
                {a.terms.map((t) => (
                  <Fragment key={t.term}>
                    <dt>{t.label}</dt>
                    <dd>{t.text}</dd>
                  </Fragment>
                ))}
              </dl>
            ) : (
              a.monitoringTerms && (
                <dl className="summary-list">
                  <dt>Monitoring terms</dt>
                  <dd>{a.monitoringTerms}</dd>
                </dl>
              )
            )}
          </section>
        ))
      )}
      {hasDirectPayment && active && can.write && budget.agreements.length === 0 && <AgreementForm budgetId={budget.id} needsSchool={budget.needsSchoolAgreement} today={today} terms={budget.agreementTerms} requestedRecipients={budget.requestedRecipients} />}

      <h2>Lines and payments</h2>
      {budget.lines.map((line) => (
        <Line key={line.id} line={line} can={can} today={today} />
      ))}

      {hasDirectPayment && <MonitoringSection budget={budget} can={can} today={today} />}

      <h2>Reviews</h2>
      {budget.reviews.length === 0 ? (
        <p>No review is scheduled for this version.</p>
      ) : (
        <table>
          <caption>Reviews of this budget</caption>
          <thead>
            <tr>
              <th scope="col">Review</th>
              <th scope="col">Due by</th>
              <th scope="col">Held on</th>
              <th scope="col">Outcome</th>
            </tr>
          </thead>
          <tbody>
            {budget.reviews.map((r) => (
              <tr key={r.id} data-review-kind={r.kind}>
                <td>
                  <Link href={`/cases/${childId}/reviews/${r.id}`}>{labelOf(REVIEW_KIND_LABELS, r.kind)}</Link>
                </td>
                <td data-testid="review-due">{formatDate(r.dueOn)}</td>
                <td>{formatDate(r.heldOn)}</td>
                <td>{r.outcome ? labelOf(REVIEW_RESULT_LABELS, r.outcome) : r.dueOn < today ? "Overdue" : "Not held yet"}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {active && can.write && <EarlyReviewForm budgetId={budget.id} today={today} />}

      <h2>Ending the budget</h2>
      {budget.cessation ? (
        <>
          <dl className="summary-list">
            <dt>Reason</dt>
            <dd>{labelOf(CESSATION_REASON_LABELS, budget.cessation.reasonCode)}</dd>
            <dt>Written reasons</dt>
            <dd>{budget.cessation.reasonsText}</dd>
            <dt>Decided on</dt>
            <dd>{formatDate(budget.cessation.decidedOn)}</dd>
            <dt>Annual review meeting</dt>
            <dd>{formatDate(budget.cessation.annualReviewMeetingOn)}</dd>
            <dt>Notice due by</dt>
            <dd data-testid="notice-due">{budget.cessation.noticeDueOn ? formatDate(budget.cessation.noticeDueOn) : budget.cessation.annualReviewMeetingOn ? TIME_LIMIT_NOT_SET : "No annual review meeting to count from"}</dd>
            <dt>Notice sent</dt>
            <dd>
              {formatDate(budget.cessation.noticeSentOn)}
              {budget.cessation.late && (
                <>
                  {" "}
                  <span className="flag">Late</span> after the policy&apos;s time limit
                </>
              )}
            </dd>
            <dt>Last payment</dt>
            <dd>{formatDate(budget.cessation.lastPaymentOn)}</dd>
          </dl>
          {can.letters && (
            <p>
              <Link href={`/cessations/${budget.cessation.id}/notice`}>Open the notice to the family</Link>: the reasons, the last payment and how to challenge, to print or download as a PDF.
            </p>
          )}
          {!budget.cessation.noticeSentOn && can.letters && <NoticeSentForm cessationId={budget.cessation.id} version={budget.cessation.version} today={today} />}
        </>
      ) : active && can.write ? (
        <p>
          <Link href={`/cases/${childId}/cessation/new?budgetId=${budget.id}`}>End this budget</Link>
        </p>
      ) : (
        <p>This budget has not been ended.</p>
      )}
    </>
  );
}
