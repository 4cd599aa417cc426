"use client";

import { useMutation } from "@tanstack/react-query";
import { signOut } from "next-auth/react";
import { useRef, useState, type FormEvent } from "react";
import { InputField } from "~/components/form-fields";
import { useTRPC } from "~/trpc/client";

/** Shows a new key once, then takes a code from it to confirm; after that the user signs in again, with the code. */
export function TwoStepSetUp() {
  const trpc = useTRPC();
  const [code, setCode] = useState("");
  const summary = useRef<HTMLDivElement>(null);
  const begin = useMutation(trpc.twoStep.begin.mutationOptions());
  const confirm = useMutation(trpc.twoStep.confirm.mutationOptions({ onError: () => setTimeout(() => summary.current?.focus(), 0) }));

  if (confirm.isSuccess) {
    return (
      <div role="status">
        <p>Two-step verification is set up. Sign in again, with a code from your app, to reach councils that ask for one.</p>
        <button className="button" type="button" onClick={() => void signOut({ callbackUrl: "/sign-in" })}>
          Sign out and sign in again
        </button>
      </div>
    );
  }
  if (!begin.data) {
    return (
      <>
        {begin.isError && <p role="alert">{begin.error.message}</p>}
        <button className="button" type="button" disabled={begin.isPending} onClick={() => begin.mutate()}>
          Set up two-step verification
        </button>
      </>
    );
  }
  const codeError = confirm.error ? confirm.error.data?.fieldErrors?.code?.[0] ?? confirm.error.message.replace(/^code: /, "") : undefined;
  function submit(event: FormEvent) {
    event.preventDefault();
    confirm.mutate({ code });
  }
  return (
    <form onSubmit={submit} noValidate>
      {confirm.isError && (
        <div className="error-summary" role="alert" tabIndex={-1} ref={summary}>
          <h2>There is a problem</h2>
          <ul>
            <li>
              <a href="#two-step-code">Code: {codeError}</a>
            </li>
          </ul>
        </div>
      )}
      <p>Add this account to your authenticator app: open the link on your phone, or type the key. It is shown only now.</p>
      <p>
        <a href={begin.data.otpauthUri}>Add to an authenticator app</a>
      </p>
      <p>
        Key: <code aria-label="Key to type into your app">{begin.data.key.replace(/(.{4})/g, "$1 ").trim()}</code>
      </p>
      <InputField
        id="two-step-code"
        label="Code from your app"
        hint="The 6 digits your app shows now."
        describe
        error={codeError}
        value={code}
        onChange={(e) => setCode(e.target.value)}
        inputMode="numeric"
        autoComplete="one-time-code"
      />
      <button className="button" type="submit" disabled={confirm.isPending}>
        Confirm
      </button>
    </form>
  );
}
