import type { Metadata } from "next";
import Link from "next/link";
import { forbidden, notFound } from "next/navigation";
import { addDays, addMonths, parseIsoDate, todayIso } from "@pb/calendar";

import "~/app/(console)/requests/_lib/case-pages.css";
import { loadAsUser } from "~/server/load-as-user";
import { getLifecycleAbilities } from "../_lib/abilities";
import { NewBudgetForm } from "./new-budget-form";

export const metadata: Metadata = { title: "Set up the budget" };

export default async function NewBudgetPage({ params, searchParams }: { params: Promise<{ childId: string }>; searchParams: Promise<{ requestId?: string }> }) {
  const { childId } = await params;
  const { requestId } = await searchParams;
  if (!requestId) notFound();
  const can = await getLifecycleAbilities();
  if (!can.write) forbidden();
  const loaded = await loadAsUser((caller) => caller.budgets.setup({ requestId }));
  const setup = loaded;
  if (setup.childId !== childId) notFound();
  const latestDecision = setup.lines.map((l) => l.decidedOn).sort().at(-1) ?? todayIso();
  const startsOn = latestDecision > todayIso() ? latestDecision : todayIso();
  const endsOn = addDays(addMonths(parseIsoDate(startsOn), 12), -1);
  return (
    <>
      <p>
        <Link href={`/requests/${setup.requestId}`}>Back to the request</Link>
      </p>
      <h1>Set up the budget</h1>
      <p>Child or young person: {setup.childReference}</p>
      {setup.existingBudgetId ? (
        <p>
          This request already has a budget. <Link href={`/cases/${childId}/budgets/${setup.existingBudgetId}`}>Open the budget</Link>
        </p>
      ) : setup.lines.length === 0 ? (
        <p>The panel has approved no line of this request, so there is nothing to put in a budget.</p>
      ) : (
        <>
          <p>
            Each line is paid at the amount and by the arrangement the panel decided. The payments are worked out to the penny from the dates and how often
            they are paid. A direct payment is not paid until its agreement is recorded on the budget.
          </p>
          <NewBudgetForm setup={setup} startsOn={startsOn} endsOn={endsOn} />
        </>
      )}
    </>
  );
}
