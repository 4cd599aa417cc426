"use client";

import { describeCode } from "@pb/reports";
import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { useTRPC } from "~/trpc/client";
import { FieldError, InputField, SelectField } from "~/components/form-fields";
import { ErrorSummary } from "~/app/(console)/requests/_lib/error-summary";
import { findProblem, listProblems, type Problem } from "~/app/(console)/requests/_lib/problems";
import { ARRANGEMENT_LABELS, STREAM_LABELS, fieldId, formatMoney, labelOf } from "~/app/(console)/requests/_lib/words";
import { FREQUENCY_LABELS, labelLifecycleField } from "../../../_lib/case-words";
import type { BudgetSetupView } from "../_lib/types";

const PREFIX = "budget-";
type Frequency = "four_weekly" | "monthly" | "quarterly" | "one_off";
type LineDraft = { include: boolean; frequency: Frequency; linkedOutcomes: string[] };

/** The budget's dates, and for each approved line whether it is included, how often it is paid and the outcomes it serves. */
export function NewBudgetForm({ setup, startsOn: initialStart, endsOn: initialEnd }: { setup: BudgetSetupView; startsOn: string; endsOn: string }) {
  const trpc = useTRPC();
  const router = useRouter();
  const [startsOn, setStartsOn] = useState(initialStart);
  const [endsOn, setEndsOn] = useState(initialEnd);
  const [lines, setLines] = useState<LineDraft[]>(setup.lines.map((l) => ({ include: true, frequency: "monthly", linkedOutcomes: l.linkedOutcomes })));
  const [problems, setProblems] = useState<Problem[]>([]);
  const create = useMutation(
    trpc.budgets.create.mutationOptions({ onSuccess: (r) => router.push(`/cases/${setup.childId}/budgets/${r.id}`), onError: (e) => setProblems(listProblems(e)) }),
  );
  const error = (f: string) => findProblem(problems, f);
  const update = (i: number, change: Partial<LineDraft>) => setLines((all) => all.map((l, j) => (j === i ? { ...l, ...change } : l)));
  const chosen = setup.lines.flatMap((l, i) => (lines[i]?.include ? [{ line: l, draft: lines[i] }] : []));

  function submit(event: FormEvent) {
    event.preventDefault();
    setProblems([]);
    create.mutate({
      requestId: setup.requestId, startsOn, endsOn,
      lines: chosen.map(({ line, draft }) => ({ requestLineId: line.requestLineId, frequency: draft?.frequency ?? "monthly", linkedOutcomes: draft?.linkedOutcomes ?? [] })),
    });
  }
  // Errors name the index among the chosen lines; map each back to its own line's inputs.
  const errorForLine = (i: number, field: string) => {
    const index = chosen.findIndex((c) => c.line.requestLineId === setup.lines[i]?.requestLineId);
    return index < 0 ? undefined : error(`lines.${index}.${field}`);
  };
  return (
    <form className="case-form" onSubmit={submit} noValidate>
      <ErrorSummary problems={problems} idPrefix={PREFIX} labelFor={labelLifecycleField} />
      <InputField id={`${PREFIX}startsOn`} label="Start date" error={error("startsOn")} type="date" value={startsOn} onChange={(e) => setStartsOn(e.target.value)} />
      <InputField id={`${PREFIX}endsOn`} label="End date" error={error("endsOn")} type="date" value={endsOn} onChange={(e) => setEndsOn(e.target.value)} />
      {error("lines") && <p className="field-error" id={`${PREFIX}lines`}>{error("lines")}</p>}
      {setup.lines.map((line, i) => {
        const draft = lines[i];
        const id = fieldId(PREFIX, `lines.${i}`);
        return (
          <fieldset key={line.requestLineId}>
            <legend>
              Line {line.lineNo}: {describeCode(line.service)} ({labelOf(STREAM_LABELS, line.stream)}), {formatMoney(line.amountPence)} a year,{" "}
              {labelOf(ARRANGEMENT_LABELS, line.arrangement).toLowerCase()}
            </legend>
            <div className="checkbox">
              <input id={`${id}-include`} type="checkbox" checked={draft?.include ?? false} onChange={(e) => update(i, { include: e.target.checked })} />
              <label htmlFor={`${id}-include`}>Include this line in the budget</label>
            </div>
            <SelectField id={`${id}-frequency`} label="How often it is paid" error={errorForLine(i, "frequency")} value={draft?.frequency ?? "monthly"} onChange={(e) => update(i, { frequency: e.target.value as Frequency })}>
              {Object.entries(FREQUENCY_LABELS).map(([code, label]) => (
                <option key={code} value={code}>
                  {label}
                </option>
              ))}
            </SelectField>
            <fieldset id={`${id}-linkedOutcomes`}>
              <legend>Plan outcomes this line serves</legend>
              <FieldError id={`${id}-linkedOutcomes`} message={errorForLine(i, "linkedOutcomes")} />
              {setup.planOutcomes.map((o) => (
                <div className="checkbox" key={o.code}>
                  <input
                    id={`${id}-outcome-${o.code}`}
                    type="checkbox"
                    checked={draft?.linkedOutcomes.includes(o.code) ?? false}
                    onChange={(e) =>
                      update(i, { linkedOutcomes: e.target.checked ? [...(draft?.linkedOutcomes ?? []), o.code] : (draft?.linkedOutcomes ?? []).filter((c) => c !== o.code) })
                    }
                  />
                  <label htmlFor={`${id}-outcome-${o.code}`}>
                    {o.code}: {o.description}
                  </label>
                </div>
              ))}
            </fieldset>
          </fieldset>
        );
      })}
      <button type="submit" className="button" disabled={create.isPending}>
        Set up the budget
      </button>
    </form>
  );
}
