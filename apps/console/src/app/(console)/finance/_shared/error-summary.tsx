"use client";

import { useEffect, useRef } from "react";

/** The house error summary: focused when it appears, naming the field in the message. */
export function ErrorSummary({ message }: { message: string | null }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (message) ref.current?.focus();
  }, [message]);
  if (!message) return null;
  return (
    <div className="error-summary" role="alert" tabIndex={-1} ref={ref}>
      <h2>There is a problem</h2>
      <p>{message}</p>
    </div>
  );
}

/** A message from a tRPC error or a route's JSON error. */
export function messageOf(error: unknown): string {
  if (error && typeof error === "object" && "message" in error && typeof error.message === "string") return error.message;
  return "Something went wrong. Please try again.";
}

/** Posts a form to one of the finance file routes; the answer is its JSON, or the error it names. */
export async function postForm<T>(url: string, form: FormData): Promise<{ ok: true; data: T } | { ok: false; message: string }> {
  try {
    const response = await fetch(url, { method: "POST", body: form });
    const body = (await response.json().catch(() => ({}))) as { error?: string };
    if (!response.ok) return { ok: false, message: body.error ?? `The upload failed (${response.status}).` };
    return { ok: true, data: body as T };
  } catch {
    return { ok: false, message: "The upload could not reach the server. Check your connection and try again." };
  }
}

/** "12.50" or "£1,234" to pence, exactly; null when it is not an amount in pounds. */
export function poundsToPence(text: string): number | null {
  const match = /^£?(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d{1,2}))?$/.exec(text.trim());
  if (!match) return null;
  const pence = Number((match[1] ?? "0").replaceAll(",", "")) * 100 + Number((match[2] ?? "").padEnd(2, "0"));
  return Number.isSafeInteger(pence) ? pence : null;
}

/** Pence as "12.50" for an input's starting value. */
export function penceToPounds(pence: number): string {
  const sign = pence < 0 ? "-" : "";
  const abs = Math.abs(pence);
  return `${sign}${Math.floor(abs / 100)}.${String(abs % 100).padStart(2, "0")}`;
}
