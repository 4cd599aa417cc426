"use client";

import type { ReactNode } from "react";
import { fieldId } from "../_lib/read-errors";
import styles from "../policy.module.css";
import { errorKey, type Path } from "./edit-document";

type Base = { path: Path; label: ReactNode; errors: Record<string, string[]>; hideLabel?: boolean };

function useField(path: Path, errors: Record<string, string[]>) {
  const key = errorKey(path);
  const id = fieldId(key);
  const messages = errors[key] ?? [];
  const errorId = `${id}-error`;
  const describedBy = messages.length > 0 ? errorId : undefined;
  return { id, messages, errorId, describedBy, invalid: messages.length > 0 ? true : undefined };
}

export function FieldError({ id, messages }: { id: string; messages: string[] }) {
  if (messages.length === 0) return null;
  return (
    <p id={id} className={styles.errorText}>
      <span className="visually-hidden">Error: </span>
      {messages.join("; ")}
    </p>
  );
}

export function CheckboxField({ path, label, errors, checked, onChange }: Base & { checked: boolean; onChange: (checked: boolean) => void }) {
  const f = useField(path, errors);
  return (
    <>
      <label className={styles.check} htmlFor={f.id}>
        <input id={f.id} type="checkbox" checked={checked} onChange={(e) => onChange(e.target.checked)} aria-describedby={f.describedBy} aria-invalid={f.invalid} />
        {label}
      </label>
      <FieldError id={f.errorId} messages={f.messages} />
    </>
  );
}

export function TextField({ path, label, errors, value, onChange, hideLabel, wide, inputMode }: Base & { value: unknown; onChange: (text: string) => void; wide?: boolean; inputMode?: "numeric" }) {
  const f = useField(path, errors);
  return (
    <div>
      <label htmlFor={f.id} className={hideLabel ? "visually-hidden" : undefined}>
        {label}
      </label>
      <FieldError id={f.errorId} messages={f.messages} />
      <input
        id={f.id}
        type="text"
        inputMode={inputMode}
        className={`${inputMode ? styles.narrow : wide ? styles.wide : ""} ${f.invalid ? styles.invalid : ""}`}
        value={value === undefined || value === null ? "" : String(value)}
        onChange={(e) => onChange(e.target.value)}
        aria-describedby={f.describedBy}
        aria-invalid={f.invalid}
      />
    </div>
  );
}

export function SelectField({ path, label, errors, value, options, onChange, hideLabel }: Base & { value: string; options: { code: string; label: string }[]; onChange: (code: string) => void }) {
  const f = useField(path, errors);
  return (
    <div>
      <label htmlFor={f.id} className={hideLabel ? "visually-hidden" : undefined}>
        {label}
      </label>
      <FieldError id={f.errorId} messages={f.messages} />
      <select id={f.id} value={value} onChange={(e) => onChange(e.target.value)} aria-describedby={f.describedBy} aria-invalid={f.invalid} className={f.invalid ? styles.invalid : undefined}>
        {options.map((o) => (
          <option key={o.code} value={o.code}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
  );
}

/** A group of fields under a legend, with an id by its path so the error summary can reach it. */
export function Group({ path, legend, errors, children }: { path: Path; legend: ReactNode; errors: Record<string, string[]>; children: ReactNode }) {
  const f = useField(path, errors);
  return (
    <fieldset id={f.id} className={styles.group}>
      <legend>{legend}</legend>
      <FieldError id={f.errorId} messages={f.messages} />
      {children}
    </fieldset>
  );
}
