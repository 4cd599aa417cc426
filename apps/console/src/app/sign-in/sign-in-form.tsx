"use client";

import { signIn } from "next-auth/react";
import { useRef, useState, type FormEvent } from "react";
import { SIGN_IN_FAILED, SIGN_IN_LOCKED, SIGN_IN_WAIT } from "@pb/auth/sign-in-codes";

// None says whether the account exists: unknown emails are slowed and locked alike.
const REFUSALS: Record<string, string> = {
  [SIGN_IN_LOCKED]: "Signing in is paused for this account or this device after too many failed attempts. Try again later, or ask an administrator.",
  [SIGN_IN_WAIT]: "Too many failed attempts: please wait a few seconds before trying again.",
  [SIGN_IN_FAILED]: "Signing in is not working at the moment. Please try again in a few minutes.",
};

export function SignInForm({ next }: { next: string }) {
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const summary = useRef<HTMLDivElement>(null);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    setBusy(true);
    const result = await signIn("credentials", {
      email: String(form.get("email") ?? ""),
      password: String(form.get("password") ?? ""),
      redirect: false,
    });
    setBusy(false);
    if (result?.ok) {
      window.location.assign(next);
      return;
    }
    setError(REFUSALS[result?.error ?? ""] ?? "The email address or password is not right.");
    requestAnimationFrame(() => summary.current?.focus());
  }

  return (
    <form onSubmit={onSubmit} noValidate>
      {error && (
        <div className="error-summary" role="alert" tabIndex={-1} ref={summary}>
          <h2>There is a problem</h2>
          <p>{error}</p>
        </div>
      )}
      <div className="field">
        <label htmlFor="email">Email address</label>
        <input id="email" name="email" type="email" autoComplete="username" required />
      </div>
      <div className="field">
        <label htmlFor="password">Password</label>
        <input id="password" name="password" type="password" autoComplete="current-password" required />
      </div>
      <button className="button" type="submit" disabled={busy}>
        {busy ? "Signing in…" : "Sign in"}
      </button>
    </form>
  );
}
