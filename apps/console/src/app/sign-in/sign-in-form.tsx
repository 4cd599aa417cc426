"use client";

import { signIn } from "next-auth/react";
import { useRef, useState, type FormEvent } from "react";
import { SIGN_IN_CODE_NEEDED, SIGN_IN_CODE_WRONG, SIGN_IN_FAILED, SIGN_IN_LOCKED, SIGN_IN_USE_COUNCIL_ACCOUNT, SIGN_IN_WAIT } from "@pb/auth/sign-in-codes";

// None says whether the account exists: unknown emails are slowed and locked alike.
const REFUSALS: Record<string, string> = {
  [SIGN_IN_LOCKED]: "Signing in is paused for this account or this device after too many failed attempts. Try again later, or ask an administrator.",
  [SIGN_IN_WAIT]: "Too many failed attempts: please wait a few seconds before trying again.",
  [SIGN_IN_FAILED]: "Signing in is not working at the moment. Please try again in a few minutes.",
  [SIGN_IN_CODE_WRONG]: "The code is not right. Enter the 6-digit code your authenticator app shows now.",
  [SIGN_IN_USE_COUNCIL_ACCOUNT]: "Sign in with your council account: your council has switched off sign-in with a password.",
};

export function SignInForm({ next }: { next: string }) {
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  // Once the password proved right for an account with a second factor, its code is asked for too.
  const [askCode, setAskCode] = useState(false);
  const summary = useRef<HTMLDivElement>(null);
  const codeInput = useRef<HTMLInputElement>(null);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    setBusy(true);
    const result = await signIn("credentials", {
      email: String(form.get("email") ?? ""),
      password: String(form.get("password") ?? ""),
      code: String(form.get("code") ?? ""),
      redirect: false,
    });
    setBusy(false);
    if (result?.ok) {
      window.location.assign(next);
      return;
    }
    if (result?.error === SIGN_IN_CODE_NEEDED) {
      setAskCode(true);
      setError(null);
      requestAnimationFrame(() => codeInput.current?.focus());
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
      {askCode && (
        <div className="field">
          <label htmlFor="code">Code from your authenticator app</label>
          <p id="code-hint">
            The 6-digit code your authenticator app shows for this service now.
          </p>
          <input id="code" name="code" ref={codeInput} inputMode="numeric" autoComplete="one-time-code" pattern="[0-9]*" aria-describedby="code-hint" required />
        </div>
      )}
      <button className="button" type="submit" disabled={busy}>
        {busy ? "Signing in…" : "Sign in"}
      </button>
    </form>
  );
}
