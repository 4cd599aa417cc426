"use client";

import type { RefObject } from "react";
import { formatDate } from "../_lib/format";
import type { TriedVersion, TryResult } from "../_lib/types";
import styles from "../policy.module.css";

const OUTCOME_WORDS = { eligible: "Eligible", conditional: "Conditional: something is still to be confirmed", ineligible: "Not eligible" } as const;

/** Both outcomes side by side, the differences first and in words, and each side's differing reasons marked. */
export function TryResults({ result, headingRef }: { result: TryResult; headingRef: RefObject<HTMLHeadingElement | null> }) {
  const { comparison } = result;
  const onlyDraft = new Set(comparison?.onlyUnderDraft ?? []);
  const onlyInForce = new Set(comparison?.onlyUnderInForce ?? []);
  const reworded = new Set(comparison?.reworded ?? []);
  return (
    <section aria-labelledby="results-heading">
      <h2 id="results-heading" ref={headingRef} tabIndex={-1}>
        Outcomes
      </h2>
      {comparison && (
        <div className={comparison.same ? styles.summary : styles.differs}>
          <h3>{comparison.same ? "The draft makes no difference to this request" : "What the draft changes for this request"}</h3>
          <ul>
            {comparison.lines.map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
        </div>
      )}
      <div className={styles.sideBySide}>
        <Side
          title={result.draft ? `Under the draft (version ${result.draft.versionNumber})` : "Under the draft"}
          tried={result.draft}
          empty="There is no draft. Start one from the policy page to compare."
          marked={(code) => (onlyDraft.has(code) ? "Only under the draft" : reworded.has(code) ? "Worded or cited differently" : null)}
        />
        <Side
          title={result.inForce ? `Under the version in force on ${formatDate(result.asOf)} (version ${result.inForce.versionNumber})` : `Under the version in force on ${formatDate(result.asOf)}`}
          tried={result.inForce}
          empty="No version was in force on that date."
          marked={(code) => (onlyInForce.has(code) ? "Only under the version in force" : null)}
        />
      </div>
    </section>
  );
}

function Side({ title, tried, empty, marked }: { title: string; tried: TriedVersion | null; empty: string; marked: (code: string) => string | null }) {
  return (
    <section aria-label={title}>
      <h3>{title}</h3>
      {!tried ? (
        <p>{empty}</p>
      ) : (
        <>
          <p className={styles.outcome}>{OUTCOME_WORDS[tried.result.outcome]}</p>
          {tried.result.reasons.length === 0 ? (
            <p>No reasons: every rule is met.</p>
          ) : (
            <ul>
              {tried.result.reasons.map((reason) => {
                const mark = marked(reason.code);
                return (
                  <li key={reason.code} className={mark ? styles.differs : undefined}>
                    {mark && <strong>{mark}: </strong>}
                    <code>{reason.code}</code> — {reason.message} <span className={styles.quote}>Source: {reason.source}</span>
                  </li>
                );
              })}
            </ul>
          )}
        </>
      )}
    </section>
  );
}
