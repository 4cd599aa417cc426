"use client";

import { describeCode } from "@pb/reports";
import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { useTRPC } from "~/trpc/client";
import { InputField, TextAreaField } from "~/components/form-fields";
import { ErrorSummary } from "~/app/(console)/requests/_lib/error-summary";
import { findProblem, listProblems, type Problem } from "~/app/(console)/requests/_lib/problems";
import { STREAM_LABELS, formatMoney, labelOf, parsePoundsToPence, penceToInput } from "~/app/(console)/requests/_lib/words";
import { REVIEW_RESULT_LABELS, labelLifecycleField } from "../../../_lib/case-words";
import type { ReviewView } from "../../budgets/_lib/types";

const PREFIX = "review-";
type Outcome = "continue" | "change" | "cease";

/**
 * Continue, change (new amounts from a date: a new budget version) or cease (then the cessation, which
 * a case officer records: a panel member who decides to cease comes back to the review).
 */
export function ReviewOutcomeForm({ review, today, canEnd }: { review: ReviewView; today: string; canEnd: boolean }) {
  const trpc = useTRPC();
  const router = useRouter();
  const [heldOn, setHeldOn] = useState(today);
  const [outcome, setOutcome] = useState<Outcome>("continue");
  const [notes, setNotes] = useState("");
  const [changeDate, setChangeDate] = useState(today);
  const [amounts, setAmounts] = useState<string[]>(review.lines.map((l) => penceToInput(l.annualAmountPence)));
  const [problems, setProblems] = useState<Problem[]>([]);
  const record = useMutation(
    trpc.reviews.recordOutcome.mutationOptions({
      onSuccess: (r) => {
        if (r.newBudgetId) router.push(`/cases/${review.childId}/budgets/${r.newBudgetId}`);
        else if (outcome === "cease" && canEnd) router.push(`/cases/${review.childId}/cessation/new?budgetId=${review.budget.id}`);
        else if (outcome === "cease") router.refresh();
        else router.push(`/cases/${review.childId}/budgets/${review.budget.id}`);
      },
      onError: (e) => setProblems(listProblems(e)),
    }),
  );
  const error = (f: string) => findProblem(problems, f);

  function submit(event: FormEvent) {
    event.preventDefault();
    const local: Problem[] = [];
    const lines = review.lines.flatMap((l, i) => {
      const pence = parsePoundsToPence(amounts[i] ?? "");
      if (pence === null) local.push({ field: `change.lines.${i}.annualAmountPence`, message: "must be an amount in pounds, like 1250.00" });
      return pence === null || pence === l.annualAmountPence ? [] : [{ budgetLineId: l.id, annualAmountPence: pence }];
    });
    if (outcome === "change" && local.length === 0 && lines.length === 0) local.push({ field: "change", message: "change at least one line's amount" });
    setProblems(local);
    if (outcome === "change" && local.length) return;
    record.mutate({ reviewId: review.id, version: review.version, heldOn, outcome, notes, change: outcome === "change" ? { changeDate, lines } : null });
  }
  return (
    <form className="case-form" onSubmit={submit} noValidate>
      <ErrorSummary problems={problems} idPrefix={PREFIX} labelFor={labelLifecycleField} />
      <InputField id={`${PREFIX}heldOn`} label="Date the review was held" error={error("heldOn")} type="date" max={today} value={heldOn} onChange={(e) => setHeldOn(e.target.value)} />
      <fieldset id={`${PREFIX}outcome`}>
        <legend>Outcome</legend>
        {(Object.keys(REVIEW_RESULT_LABELS) as Outcome[]).map((code) => (
          <div className="radio" key={code}>
            <input id={`${PREFIX}outcome-${code}`} type="radio" name="outcome" value={code} checked={outcome === code} onChange={() => setOutcome(code)} />
            <label htmlFor={`${PREFIX}outcome-${code}`}>{REVIEW_RESULT_LABELS[code]}</label>
          </div>
        ))}
      </fieldset>
      {outcome === "change" && (
        <fieldset id={`${PREFIX}change`}>
          <legend>The change: a new version of the budget from a date</legend>
          <InputField id={`${PREFIX}change-changeDate`} label="Date the change starts" error={error("change.changeDate") ?? error("change")} type="date" value={changeDate} onChange={(e) => setChangeDate(e.target.value)} />
          {review.lines.map((l, i) => {
            const id = `${PREFIX}change-lines-${i}-annualAmountPence`;
            return (
              <InputField
                key={l.id}
                id={id}
                label={
                  <>
                    New annual amount in pounds: {describeCode(l.service)} ({labelOf(STREAM_LABELS, l.stream)}), now {formatMoney(l.annualAmountPence)}
                  </>
                }
                error={error(`change.lines.${i}.annualAmountPence`) ?? error(`change.lines.${i}.budgetLineId`)}
                inputMode="decimal"
                value={amounts[i] ?? ""}
                onChange={(e) => setAmounts((all) => all.map((a, j) => (j === i ? e.target.value : a)))}
              />
            );
          })}
        </fieldset>
      )}
      <TextAreaField id={`${PREFIX}notes`} label="Notes" error={error("notes")} rows={3} maxLength={4000} value={notes} onChange={(e) => setNotes(e.target.value)} />
      {error("reviewId") && <p className="field-error" id={`${PREFIX}reviewId`}>{error("reviewId")}</p>}
      <button type="submit" className="button" disabled={record.isPending}>
        Record the outcome
      </button>
    </form>
  );
}
