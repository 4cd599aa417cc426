"use client";

import { forwardRef, useLayoutEffect, useState } from "react";
import { fieldId, type FieldErrors } from "../_lib/read-errors";

type Located = { id: string; label: string };

/** The field a path names, or the nearest group around it, and the words its label shows. */
function locate(key: string): Located {
  const parts = key.split(".");
  while (parts.length > 0) {
    const id = fieldId(parts.join("."));
    const element = document.getElementById(id);
    if (element) return { id, label: describeElement(element, parts.length < key.split(".").length ? key : null) };
    parts.pop();
  }
  return { id: "", label: key };
}

function describeElement(element: HTMLElement, unmatched: string | null): string {
  const text = (node: Element | null | undefined) => node?.textContent?.trim() ?? "";
  const own =
    element instanceof HTMLFieldSetElement
      ? text(element.querySelector("legend"))
      : text((element as HTMLInputElement).labels?.[0]) || element.getAttribute("aria-label") || "";
  const outer = text(element.parentElement?.closest("fieldset")?.querySelector("legend"));
  const label = outer && outer !== own ? `${outer}: ${own}` : own;
  return unmatched ? `${label} (${unmatched.replace(/^document\./, "")})` : label;
}

/** "There is a problem": each of the API's field errors, linking to its field. */
export const ErrorSummary = forwardRef<HTMLDivElement, { errors: FieldErrors; message: string | null }>(function ErrorSummary({ errors, message }, ref) {
  const [located, setLocated] = useState<Record<string, Located>>({});
  useLayoutEffect(() => {
    setLocated(Object.fromEntries(Object.keys(errors).map((key) => [key, locate(key)])));
  }, [errors]);
  const keys = Object.keys(errors);
  if (keys.length === 0 && !message) return null;
  return (
    <div className="error-summary" role="alert" tabIndex={-1} ref={ref}>
      <h2>There is a problem</h2>
      {keys.length === 0 ? (
        <p>{message}</p>
      ) : (
        <ul>
          {keys.map((key) => {
            const where = located[key];
            const text = `${where?.label || key.replace(/^document\./, "")}: ${(errors[key] ?? []).join("; ")}`;
            return <li key={key}>{where?.id ? <a href={`#${where.id}`}>{text}</a> : text}</li>;
          })}
        </ul>
      )}
    </div>
  );
});
