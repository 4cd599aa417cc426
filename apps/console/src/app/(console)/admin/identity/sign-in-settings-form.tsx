"use client";

import { useMutation } from "@tanstack/react-query";
import { useEffect, useRef, useState, type FormEvent } from "react";
import { useTRPC } from "~/trpc/client";
import { ProblemSummary } from "./problem-summary";
import { fieldMessage, useIdentitySettings } from "./use-identity-settings";

/** Whether staff may sign in with a password here, and whether they must give a code from an authenticator app too. */
export function SignInSettingsForm() {
  const trpc = useTRPC();
  const { settings, reload } = useIdentitySettings();
  const [localPasswords, setLocalPasswords] = useState(true);
  const [totpRequired, setTotpRequired] = useState(false);
  const [saved, setSaved] = useState(false);
  const summary = useRef<HTMLDivElement>(null);
  const save = useMutation(
    trpc.identity.saveSignInSettings.mutationOptions({
      onSuccess: async () => {
        setSaved(true);
        await reload();
      },
      onError: () => setTimeout(() => summary.current?.focus(), 0),
    }),
  );
  const signIn = settings.data?.signIn;
  useEffect(() => {
    if (!signIn) return;
    setLocalPasswords(signIn.localPasswords);
    setTotpRequired(signIn.totpRequired);
  }, [signIn]);

  function submit(event: FormEvent) {
    event.preventDefault();
    setSaved(false);
    save.mutate({ localPasswords, totpRequired, version: signIn?.version ?? 0 });
  }
  const passwordsError = fieldMessage(save.error, "localPasswords");

  return (
    <section aria-labelledby="passwords-heading">
      <h2 id="passwords-heading">Passwords and second factor</h2>
      <form onSubmit={submit} noValidate>
        {save.isError && <ProblemSummary ref={summary} problems={passwordsError ? [{ href: "#local-passwords", text: `Passwords: ${passwordsError}` }] : []} other={save.error.message} />}
        {saved && <p role="status">Sign-in settings saved.</p>}
        <div className="field">
          <input id="local-passwords" type="checkbox" checked={localPasswords} onChange={(e) => setLocalPasswords(e.target.checked)} aria-describedby="local-passwords-hint" />
          <label htmlFor="local-passwords">Staff may sign in with an email address and password</label>
          <p id="local-passwords-hint">Switched off, only the council account works; a password gives no access to this council.</p>
        </div>
        <div className="field">
          <input id="totp-required" type="checkbox" checked={totpRequired} onChange={(e) => setTotpRequired(e.target.checked)} aria-describedby="totp-required-hint" />
          <label htmlFor="totp-required">A password sign-in needs a code from an authenticator app</label>
          <p id="totp-required-hint">Staff set up their app once, under Two-step verification; until then a password gives no access to this council.</p>
        </div>
        <button className="button" type="submit" disabled={save.isPending || settings.isPending}>
          Save sign-in settings
        </button>
      </form>
    </section>
  );
}
