import type { RequestDecisionView } from "./types";

/** Issue 17: the rules a decision set aside, and the panel's answers to the policy's questions, as recorded. */
export function DecisionJudgement({ decision }: { decision: Pick<RequestDecisionView, "exceptions" | "judgements"> }) {
  return (
    <>
      {decision.exceptions.length > 0 && (
        <>
          <h4>Rules of the council&apos;s policy the panel set aside</h4>
          <ul>
            {decision.exceptions.map((e) => (
              <li key={e.code}>
                {e.words} ({e.code}): the panel set aside &ldquo;{e.rule}&rdquo; because {e.reasons} <span className="source">Source: {e.source}</span>
              </li>
            ))}
          </ul>
        </>
      )}
      {decision.judgements.length > 0 && (
        <>
          <h4>The panel&apos;s answers to the policy&apos;s questions</h4>
          <dl className="summary-list">
            {decision.judgements.map((a) => (
              <div key={a.topic}>
                <dt>{a.question}</dt>
                <dd>
                  {a.answer === "yes" ? "Yes" : "No"}
                  {a.note ? `: ${a.note}` : ""}
                </dd>
              </div>
            ))}
          </dl>
        </>
      )}
    </>
  );
}
