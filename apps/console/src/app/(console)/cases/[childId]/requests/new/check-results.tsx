"use client";

import { CHECK_LABELS, STREAM_LABELS, formatDate } from "~/app/(console)/requests/_lib/words";
import type { RequestCheck, RequestOptions } from "~/app/(console)/requests/_lib/types";
import type { LineDraft } from "./line-draft";

/** The policy check of each line, announced politely when it arrives. */
export function CheckResults({ check, lines, options, pending }: { check: RequestCheck | null; lines: LineDraft[]; options: RequestOptions; pending: boolean }) {
  const serviceName = (line: LineDraft | undefined) => options.streams.find((s) => s.stream === line?.stream)?.services.find((s) => s.code === line?.service)?.name ?? line?.service;
  return (
    <section aria-labelledby="check-heading" className="check-results">
      <h2 id="check-heading">Check against the policy</h2>
      <div role="status" aria-live="polite">
        {pending && <p>Checking…</p>}
        {!pending && !check && <p>Not checked yet. Use “Check against the policy” to see what the policy says about each line before saving.</p>}
        {!pending && check && (
          <>
            <p>
              Checked against policy version {check.policyVersion.number}, in force from {formatDate(check.policyVersion.effectiveFrom)}.
            </p>
            <ol>
              {check.lines.map((result, i) => (
                <li key={i}>
                  <p>
                    <strong>
                      Line {i + 1}, {serviceName(lines[i])} ({STREAM_LABELS[lines[i]?.stream ?? ""]}): {CHECK_LABELS[result.outcome]}
                    </strong>
                  </p>
                  {result.reasons.length > 0 && (
                    <ul>
                      {result.reasons.map((r, j) => (
                        <li key={j}>
                          {r.message} <span className="source">Source: {r.source}</span>
                        </li>
                      ))}
                    </ul>
                  )}
                </li>
              ))}
            </ol>
          </>
        )}
      </div>
    </section>
  );
}
