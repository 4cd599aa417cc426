import Link from "next/link";
import { TIME_LIMIT_NOT_SET } from "@pb/reviews";
import { REVIEW_OUTCOME_LABELS, formatDate, labelOf } from "~/app/(console)/requests/_lib/words";
import { CASE_CESSATION_REASON_LABELS, CASE_REVIEW_RESULT_LABELS, REVIEW_KIND_LABELS } from "../_lib/case-words";
import type { CaseView } from "../_lib/types";

export function CaseReviews({ view }: { view: CaseView }) {
  const childId = view.child.id;
  return (
    <section aria-labelledby="reviews-heading" className="request-section">
      <h2 id="reviews-heading">Reviews of the budget</h2>
      {view.reviews.length === 0 ? (
        <p>No reviews recorded.</p>
      ) : (
        <table>
          <caption>Reviews, latest due first</caption>
          <thead>
            <tr>
              <th scope="col">Review</th>
              <th scope="col">Due</th>
              <th scope="col">Held</th>
              <th scope="col">Outcome</th>
            </tr>
          </thead>
          <tbody>
            {view.reviews.map((v) => (
              <tr key={v.id}>
                <th scope="row">
                  <Link href={`/cases/${childId}/reviews/${v.id}`}>
                    {labelOf(REVIEW_KIND_LABELS, v.kind)}
                    <span className="visually-hidden"> due {formatDate(v.dueOn)}</span>
                  </Link>
                </th>
                <td>{formatDate(v.dueOn)}</td>
                <td>{v.heldOn ? formatDate(v.heldOn) : "Not yet"}</td>
                <td>{v.outcome ? labelOf(CASE_REVIEW_RESULT_LABELS, v.outcome) : "—"}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}

export function CaseCessations({ view, write, letters }: { view: CaseView; write: boolean; letters: boolean }) {
  const active = view.budgets.find((b) => b.status === "active" && !view.cessations.some((s) => s.budgetId === b.id));
  return (
    <section aria-labelledby="cessation-heading" className="request-section">
      <h2 id="cessation-heading">Cessation</h2>
      {write && active && (
        <p>
          <Link href={`/cases/${view.child.id}/cessation/new?budgetId=${active.id}`}>End this personal budget</Link>
        </p>
      )}
      {view.cessations.length === 0 ? (
        <p>The personal budget has not been ceased.</p>
      ) : (
        view.cessations.map((s) => (
          <dl key={s.id} className="summary-list">
            <dt>Reason</dt>
            <dd>
              {labelOf(CASE_CESSATION_REASON_LABELS, s.reasonCode)}
              {s.reasonsText ? `: ${s.reasonsText}` : ""}
            </dd>
            <dt>Decided</dt>
            <dd>{formatDate(s.decidedOn)}</dd>
            <dt>Written notice</dt>
            <dd>
              {s.noticeSentOn ? `Sent on ${formatDate(s.noticeSentOn)}` : "Not sent yet"}
              {s.noticeDueOn ? `; due by ${formatDate(s.noticeDueOn)}` : ""}
            </dd>
            <dt>Last payment</dt>
            <dd>{formatDate(s.lastPaymentOn)}</dd>
            {letters && (
              <>
                <dt>Notice to the family</dt>
                <dd>
                  <Link href={`/cessations/${s.id}/notice`}>Open the notice that the budget will end</Link>
                </dd>
              </>
            )}
          </dl>
        ))
      )}
    </section>
  );
}

export function CaseDisagreements({ view, letters }: { view: CaseView; letters: boolean }) {
  return (
    <section aria-labelledby="disagreements-heading" className="request-section">
      <h2 id="disagreements-heading">Disagreements</h2>
      {view.disagreements.length === 0 ? (
        <p>The family has not asked for a review of a decision.</p>
      ) : (
        <table>
          <caption>Requests for a review of a decision</caption>
          <thead>
            <tr>
              <th scope="col">Asked for</th>
              <th scope="col">Deadline to ask</th>
              <th scope="col">Council to decide by</th>
              <th scope="col">Meeting</th>
              <th scope="col">Outcome</th>
            </tr>
          </thead>
          <tbody>
            {view.disagreements.map((g) => (
              <tr key={g.id}>
                <th scope="row">
                  <Link href={`/disagreements/${g.id}`}>
                    <span className="visually-hidden">Review asked for on </span>
                    {formatDate(g.requestedOn)}
                  </Link>
                </th>
                <td>{g.requestDeadlineOn ? formatDate(g.requestDeadlineOn) : TIME_LIMIT_NOT_SET}</td>
                <td>{g.decisionDeadlineOn ? formatDate(g.decisionDeadlineOn) : TIME_LIMIT_NOT_SET}</td>
                <td>{formatDate(g.meetingOn)}</td>
                <td>
                  {g.outcome ? (
                    <>
                      {labelOf(REVIEW_OUTCOME_LABELS, g.outcome)} ({formatDate(g.outcomeOn)}).{" "}
                      {letters && (
                        <Link href={`/disagreements/${g.id}/letter`}>
                          Outcome letter<span className="visually-hidden"> for the review asked for on {formatDate(g.requestedOn)}</span>
                        </Link>
                      )}
                      {g.outcomeLetterSentOn ? `, sent ${formatDate(g.outcomeLetterSentOn)}` : ", not sent yet"}
                    </>
                  ) : (
                    "Open"
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
