import { todayIso } from "@pb/calendar";
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";

import "~/app/(console)/requests/_lib/case-pages.css";
import { loadAsUser } from "~/server/load-as-user";
import { formatDate, labelOf } from "~/app/(console)/requests/_lib/words";
import { getLifecycleAbilities } from "../../budgets/_lib/abilities";
import { BUDGET_STATUS_LABELS, REVIEW_KIND_LABELS, REVIEW_RESULT_LABELS } from "../../../_lib/case-words";
import { TimeLimits } from "../../budgets/_lib/time-limits";
import { ReviewOutcomeForm } from "./review-outcome-form";

export const metadata: Metadata = { title: "Review of a personal budget" };

export default async function ReviewPage({ params }: { params: Promise<{ childId: string; reviewId: string }> }) {
  const { childId, reviewId } = await params;
  const loaded = await loadAsUser((caller) => caller.reviews.get({ reviewId }));
  const review = loaded;
  if (review.childId !== childId) notFound();
  const can = await getLifecycleAbilities();
  const today = todayIso();
  return (
    <>
      <p>
        <Link href={`/cases/${childId}/budgets/${review.budget.id}`}>Back to the budget</Link>
      </p>
      <h1>{labelOf(REVIEW_KIND_LABELS, review.kind)}</h1>
      <dl className="summary-list">
        <dt>Child or young person</dt>
        <dd>{review.childReference}</dd>
        <dt>Due by</dt>
        <dd data-testid="review-due">{formatDate(review.dueOn)}</dd>
        <dt>Budget</dt>
        <dd>
          Version {review.budget.budgetVersion}, {labelOf(BUDGET_STATUS_LABELS, review.budget.status).toLowerCase()}
        </dd>
        {review.heldOn && (
          <>
            <dt>Held on</dt>
            <dd>{formatDate(review.heldOn)}</dd>
            <dt>Outcome</dt>
            <dd>{labelOf(REVIEW_RESULT_LABELS, review.outcome)}</dd>
          </>
        )}
        {review.notes && (
          <>
            <dt>Notes</dt>
            <dd>{review.notes}</dd>
          </>
        )}
      </dl>
      <TimeLimits policy={review.policy} />
      {review.newBudgetId && (
        <p>
          <Link href={`/cases/${childId}/budgets/${review.newBudgetId}`}>Open the new version of the budget</Link>
        </p>
      )}
      {review.outcome === "cease" && review.budget.status === "active" &&
        (can.write ? (
          <p>
            <Link href={`/cases/${childId}/cessation/new?budgetId=${review.budget.id}`}>Record the decision to end the budget</Link>
          </p>
        ) : (
          <p>The review decided to end the budget. A case officer records the cessation, with its reasons and notice to the family.</p>
        ))}
      {!review.heldOn && review.budget.status === "active" && can.reviewOutcome && (
        <>
          <h2>Record the outcome</h2>
          <ReviewOutcomeForm review={review} today={today} canEnd={can.write} />
        </>
      )}
    </>
  );
}
