"use client";

import type { ComponentProps, ReactNode } from "react";

/** The message under a field's label; its id, `${id}-error`, is what a control's aria-describedby names. */
export function FieldError({ id, message }: { id: string; message: string | undefined }) {
  if (!message) return null;
  return (
    <p id={`${id}-error`} className="field-error">
      <span className="visually-hidden">Error: </span>
      {message}
    </p>
  );
}

type FieldProps = {
  /** The control's id: the label's target and the anchor the error summary links to. */
  id: string;
  label: ReactNode;
  hint?: ReactNode;
  /** The hint's class: forms differ in how prominent it is. */
  hintClassName?: string;
  error?: string;
  /**
   * Point the control's aria-describedby at the hint and the error. Opt-in because not every form
   * does it yet, and a refactor should not change what a screen reader announces.
   */
  describe?: boolean;
};

function describedBy({ id, hint, error, describe }: FieldProps): string | undefined {
  if (!describe) return undefined;
  return [hint ? `${id}-hint` : "", error ? `${id}-error` : ""].filter(Boolean).join(" ") || undefined;
}

/** Label, optional hint and error, then the control, in the order the GOV.UK pattern reads them. */
function Field({ id, label, hint, hintClassName = "lede", error, children }: FieldProps & { children: ReactNode }) {
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      {hint && (
        <p id={`${id}-hint`} className={hintClassName}>
          {hint}
        </p>
      )}
      <FieldError id={id} message={error} />
      {children}
    </div>
  );
}

/** Parts a field's own props (label, hint, error…) from those that go to its control. */
function splitFieldProps<T extends FieldProps>({ id, label, hint, hintClassName, error, describe, ...control }: T) {
  return { field: { id, label, hint, hintClassName, error, describe }, control };
}

/** A text, number or date input with its label and error; other props go to the input. */
export function InputField(props: FieldProps & Omit<ComponentProps<"input">, "id" | "aria-describedby">) {
  const { field, control } = splitFieldProps(props);
  return (
    <Field {...field}>
      <input id={field.id} {...control} aria-describedby={describedBy(field)} />
    </Field>
  );
}

/** A select with its label and error; the options are its children. */
export function SelectField(props: FieldProps & Omit<ComponentProps<"select">, "id" | "aria-describedby">) {
  const { field, control } = splitFieldProps(props);
  return (
    <Field {...field}>
      <select id={field.id} {...control} aria-describedby={describedBy(field)} />
    </Field>
  );
}

/** A textarea with its label and error. */
export function TextAreaField(props: FieldProps & Omit<ComponentProps<"textarea">, "id" | "aria-describedby">) {
  const { field, control } = splitFieldProps(props);
  return (
    <Field {...field}>
      <textarea id={field.id} {...control} aria-describedby={describedBy(field)} />
    </Field>
  );
}
