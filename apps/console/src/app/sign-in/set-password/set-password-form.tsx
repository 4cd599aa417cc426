"use client";

import Link from "next/link";
import { useRef, useState, type FormEvent } from "react";

type Answer = { kind: "accepted" } | { kind: "unusable" } | { kind: "refused"; field: "password" | "confirmation"; message: string };

const WORDS = { password: "Password", confirmation: "Password again" } as const;

export function SetPasswordForm({ token, email }: { token: string; email: string }) {
  const [answer, setAnswer] = useState<Answer | { kind: "failed" } | null>(null);
  const [busy, setBusy] = useState(false);
  const summary = useRef<HTMLDivElement>(null);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    setBusy(true);
    const response = await fetch("/api/invitations/accept", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ token, password: String(form.get("password") ?? ""), confirmation: String(form.get("confirmation") ?? "") }),
    }).catch(() => null);
    setBusy(false);
    const next = response ? ((await response.json().catch(() => null)) as Answer | null) : null;
    setAnswer(next ?? { kind: "failed" });
    requestAnimationFrame(() => summary.current?.focus());
  }

  if (answer?.kind === "accepted") {
    return (
      <div role="status" tabIndex={-1} ref={summary}>
        <p>Your password is set.</p>
        <p>
          <Link href="/sign-in">Sign in</Link> with {email} and your new password.
        </p>
      </div>
    );
  }
  const fieldError = answer?.kind === "refused" ? answer : null;
  return (
    <form onSubmit={onSubmit} noValidate>
      {answer && answer.kind !== "refused" && (
        <div className="error-summary" role="alert" tabIndex={-1} ref={summary}>
          <h2>There is a problem</h2>
          <p>{answer.kind === "unusable" ? "This link cannot be used any more. Ask your administrator to send the invitation again." : "Your password could not be set. Please try again."}</p>
        </div>
      )}
      {fieldError && (
        <div className="error-summary" role="alert" tabIndex={-1} ref={summary}>
          <h2>There is a problem</h2>
          <p>
            <a href={`#${fieldError.field}`}>
              {WORDS[fieldError.field]}: {fieldError.message}
            </a>
          </p>
        </div>
      )}
      {/* For password managers: the account the password belongs to. */}
      <input type="email" name="username" autoComplete="username" value={email} readOnly hidden />
      <div className="field">
        <label htmlFor="password">Password</label>
        <input id="password" name="password" type="password" autoComplete="new-password" required aria-invalid={fieldError?.field === "password" || undefined} />
      </div>
      <div className="field">
        <label htmlFor="confirmation">Password again</label>
        <input id="confirmation" name="confirmation" type="password" autoComplete="new-password" required aria-invalid={fieldError?.field === "confirmation" || undefined} />
      </div>
      <button className="button" type="submit" disabled={busy}>
        {busy ? "Setting your password…" : "Set my password"}
      </button>
    </form>
  );
}
