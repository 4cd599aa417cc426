"use client";

import type { ReactNode } from "react";
import { fieldId } from "../_lib/read-errors";
import styles from "../policy.module.css";

type Base = { name: string; label: ReactNode; errors: Record<string, string[]>; hint?: string };

function describe(name: string, errors: Record<string, string[]>, hint?: string) {
  const id = fieldId(name);
  const messages = errors[name] ?? [];
  const ids = [hint ? `${id}-hint` : "", messages.length ? `${id}-error` : ""].filter(Boolean).join(" ");
  return { id, messages, describedBy: ids || undefined, invalid: messages.length > 0 ? true : undefined };
}

function Messages({ id, hint, messages }: { id: string; hint?: string; messages: string[] }) {
  return (
    <>
      {hint && (
        <p id={`${id}-hint`} className="lede">
          {hint}
        </p>
      )}
      {messages.length > 0 && (
        <p id={`${id}-error`} className={styles.errorText}>
          <span className="visually-hidden">Error: </span>
          {messages.join("; ")}
        </p>
      )}
    </>
  );
}

export function TextInput({ name, label, errors, hint, value, onChange, type = "text" }: Base & { value: string; onChange: (v: string) => void; type?: "text" | "date" }) {
  const f = describe(name, errors, hint);
  return (
    <div>
      <label htmlFor={f.id}>{label}</label>
      <Messages id={f.id} hint={hint} messages={f.messages} />
      <input id={f.id} type={type} value={value} onChange={(e) => onChange(e.target.value)} aria-describedby={f.describedBy} aria-invalid={f.invalid} className={f.invalid ? styles.invalid : undefined} />
    </div>
  );
}

export function SelectInput({ name, label, errors, hint, value, options, onChange }: Base & { value: string; options: { code: string; label: string }[]; onChange: (v: string) => void }) {
  const f = describe(name, errors, hint);
  return (
    <div>
      <label htmlFor={f.id}>{label}</label>
      <Messages id={f.id} hint={hint} messages={f.messages} />
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

export function CheckboxInput({ name, label, errors, checked, onChange }: Base & { checked: boolean; onChange: (v: boolean) => void }) {
  const f = describe(name, errors);
  return (
    <div>
      <label className={styles.check} htmlFor={f.id}>
        <input id={f.id} type="checkbox" checked={checked} onChange={(e) => onChange(e.target.checked)} aria-describedby={f.describedBy} aria-invalid={f.invalid} />
        {label}
      </label>
      <Messages id={f.id} messages={f.messages} />
    </div>
  );
}
