"use client";

import { FieldError } from "~/components/form-fields";
import { findProblem, type Problem } from "./problems";
import type { DecisionGuide, JudgementDraft } from "./judgement-draft";
import { fieldId } from "./words";

type Props = { idPrefix: string; fieldBase?: string; canSetAside?: boolean; guide: DecisionGuide; draft: JudgementDraft; problems: readonly Problem[]; onChange: (draft: JudgementDraft) => void };

/**
 * Issue 17: the policy's judgement questions for the line, and the rules it fails: the law's cannot be
 * approved at all; the council's own may be set aside by a panel member, each with reasons.
 */
export function JudgementFields({ idPrefix, fieldBase = "", canSetAside = true, guide, draft, problems, onChange }: Props) {
  const id = (f: string) => fieldId(idPrefix, `${fieldBase}${f}`);
  const policyRules = guide.failingRules.filter((r) => r.statutory === null);
  return (
    <>
      {guide.statutory && (
        <div className="notice" role="note">
          <p>
            <strong>This line cannot be approved:</strong> {guide.statutory.words}. The law excludes it ({guide.statutory.law}), so no one can set that aside. Record a refusal with its reasons.
          </p>
        </div>
      )}
      {!guide.statutory && policyRules.length > 0 && !canSetAside && (
        <div className="notice" role="note">
          <p>
            The check found this line fails rules of the council&apos;s policy ({policyRules.map((r) => r.code).join(", ")}). Only a panel member can set a rule aside, so an approval cannot be recorded here.
          </p>
        </div>
      )}
      {!guide.statutory && policyRules.length > 0 && canSetAside && (
        <fieldset>
          <legend>Rules of the council&apos;s policy set aside (needed to approve)</legend>
          <p className="lede">To approve this line the panel must set aside each rule the check found it fails, and say why. Only a panel member can record this.</p>
          <FieldError id={id("exceptions")} message={findProblem(problems, `${fieldBase}exceptions`)} />
          {policyRules.map((r) => {
            const own = draft.exceptions[r.code] ?? { chosen: false, reasons: "" };
            const set = (patch: Partial<typeof own>) => onChange({ ...draft, exceptions: { ...draft.exceptions, [r.code]: { ...own, ...patch } } });
            return (
              <div key={r.code} className="field">
                <div className="checkbox">
                  <input id={`${id("exceptions")}-${r.code}`} type="checkbox" checked={own.chosen} onChange={(e) => set({ chosen: e.target.checked })} />
                  <label htmlFor={`${id("exceptions")}-${r.code}`}>
                    Set aside: {r.message} <span className="source">({r.source})</span>
                  </label>
                </div>
                {own.chosen && (
                  <>
                    <label htmlFor={`${id("exceptions")}-${r.code}-reasons`}>Why the panel sets this rule aside</label>
                    <textarea id={`${id("exceptions")}-${r.code}-reasons`} rows={3} maxLength={2000} value={own.reasons} onChange={(e) => set({ reasons: e.target.value })} />
                  </>
                )}
              </div>
            );
          })}
        </fieldset>
      )}
      {guide.questions.length > 0 && (
        <fieldset>
          <legend>The policy&apos;s questions for the panel</legend>
          <FieldError id={id("judgements")} message={findProblem(problems, `${fieldBase}judgements`)} />
          {guide.questions.map((q) => {
            const own = draft.answers[q.topic] ?? { answer: "", note: "" };
            const set = (patch: Partial<typeof own>) => onChange({ ...draft, answers: { ...draft.answers, [q.topic]: { ...own, ...patch } } });
            const name = `${id("judgements")}-${q.topic}`;
            return (
              <fieldset key={q.topic}>
                <legend>
                  {q.question}
                  {q.requiredToApprove ? " (asked of every direct payment: a no stops an approval)" : ""}
                </legend>
                {q.statement && <p className="lede">{q.statement}</p>}
                <p className="source">Source: {q.source}</p>
                {(["yes", "no"] as const).map((answer) => (
                  <div className="radio" key={answer}>
                    <input id={`${name}-${answer}`} type="radio" name={name} value={answer} checked={own.answer === answer} onChange={() => set({ answer })} />
                    <label htmlFor={`${name}-${answer}`}>{answer === "yes" ? "Yes" : "No"}</label>
                  </div>
                ))}
                <label htmlFor={`${name}-note`}>Note (optional)</label>
                <textarea id={`${name}-note`} rows={2} maxLength={2000} value={own.note} onChange={(e) => set({ note: e.target.value })} />
              </fieldset>
            );
          })}
        </fieldset>
      )}
    </>
  );
}
