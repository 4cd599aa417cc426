"use client";

import { useEffect, useRef } from "react";
import { fieldId } from "./words";
import type { Problem } from "./problems";

/** The GOV.UK pattern: a focused summary that names each field and links to it. */
export function ErrorSummary({ problems, idPrefix, labelFor }: { problems: readonly Problem[]; idPrefix: string; labelFor: (field: string) => string }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (problems.length) ref.current?.focus();
  }, [problems]);
  if (problems.length === 0) return null;
  return (
    <div className="error-summary" role="alert" tabIndex={-1} ref={ref}>
      <h2>There is a problem</h2>
      <ul>
        {problems.map((p, i) => (
          <li key={i}>{p.field ? <a href={`#${fieldId(idPrefix, p.field)}`}>{`${labelFor(p.field)}: ${p.message}`}</a> : p.message}</li>
        ))}
      </ul>
    </div>
  );
}
