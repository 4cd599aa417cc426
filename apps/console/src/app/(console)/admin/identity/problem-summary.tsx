"use client";

import { forwardRef } from "react";

/** The error summary at the top of a form: each problem links to its field; a problem of no field is said as it is. */
export const ProblemSummary = forwardRef<HTMLDivElement, { problems: { href: string; text: string }[]; other?: string }>(function ProblemSummary({ problems, other }, ref) {
  return (
    <div className="error-summary" role="alert" tabIndex={-1} ref={ref}>
      <h2>There is a problem</h2>
      <ul>
        {problems.map((p) => (
          <li key={p.href}>
            <a href={p.href}>{p.text}</a>
          </li>
        ))}
        {problems.length === 0 && other && <li>{other}</li>}
      </ul>
    </div>
  );
});
