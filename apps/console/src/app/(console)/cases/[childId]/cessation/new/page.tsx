import { todayIso } from "@pb/calendar";
import type { Metadata } from "next";
import Link from "next/link";
import { forbidden, notFound } from "next/navigation";

import "~/app/(console)/requests/_lib/case-pages.css";
import { loadAsUser } from "~/server/load-as-user";
import { formatDate } from "~/app/(console)/requests/_lib/words";
import { getLifecycleAbilities } from "../../budgets/_lib/abilities";
import { TimeLimits } from "../../budgets/_lib/time-limits";
import { CessationForm } from "./cessation-form";

export const metadata: Metadata = { title: "End a personal budget" };

export default async function NewCessationPage({ params, searchParams }: { params: Promise<{ childId: string }>; searchParams: Promise<{ budgetId?: string }> }) {
  const { childId } = await params;
  const { budgetId } = await searchParams;
  if (!budgetId) notFound();
  const can = await getLifecycleAbilities();
  if (!can.write) forbidden();
  const loaded = await loadAsUser((caller) => caller.cessations.setup({ budgetId }));
  const setup = loaded;
  if (setup.childId !== childId) notFound();
  return (
    <>
      <p>
        <Link href={`/cases/${childId}/budgets/${setup.budgetId}`}>Back to the budget</Link>
      </p>
      <h1>End a personal budget</h1>
      <dl className="summary-list">
        <dt>Child or young person</dt>
        <dd>{setup.childReference}</dd>
        <dt>Budget</dt>
        <dd>
          {formatDate(setup.startsOn)} to {formatDate(setup.endsOn)}
        </dd>
        <dt>Last instalment paid</dt>
        <dd>{formatDate(setup.lastPaidDueOn)}</dd>
        <dt>Latest annual review meeting</dt>
        <dd>{formatDate(setup.annualReviewMeetingOn)}</dd>
      </dl>
      <TimeLimits policy={setup.policy} />
      {setup.status === "active" ? (
        <>
          <p>
            Every instalment due after the last payment date is cancelled. A notice sent after the policy&apos;s time limit is still recorded, and shown as
            late.
          </p>
          <CessationForm setup={setup} today={todayIso()} />
        </>
      ) : (
        <p>This budget is not in force, so it cannot be ended.</p>
      )}
    </>
  );
}
