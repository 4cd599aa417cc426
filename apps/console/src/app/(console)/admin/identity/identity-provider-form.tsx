"use client";

import { useMutation } from "@tanstack/react-query";
import { useEffect, useRef, useState, type FormEvent } from "react";
import { InputField } from "~/components/form-fields";
import { useTRPC } from "~/trpc/client";
import { ProblemSummary } from "./problem-summary";
import { fieldMessage, useIdentitySettings } from "./use-identity-settings";

const FIELDS = [
  { field: "issuer", id: "issuer", label: "Issuer" },
  { field: "clientId", id: "client-id", label: "Client (application) id" },
  { field: "clientSecret", id: "client-secret", label: "Client secret" },
  { field: "groupsClaim", id: "groups-claim", label: "Groups claim" },
] as const;

/** The provider: issuer, client id and secret (never shown back), and the claim that carries groups. */
export function IdentityProviderForm() {
  const trpc = useTRPC();
  const { settings, reload } = useIdentitySettings();
  const [values, setValues] = useState({ issuer: "", clientId: "", clientSecret: "", groupsClaim: "groups" });
  const [saved, setSaved] = useState(false);
  const summary = useRef<HTMLDivElement>(null);
  const save = useMutation(
    trpc.identity.saveProvider.mutationOptions({
      onSuccess: async () => {
        setSaved(true);
        setValues((v) => ({ ...v, clientSecret: "" }));
        await reload();
      },
      onError: () => setTimeout(() => summary.current?.focus(), 0),
    }),
  );
  const provider = settings.data?.provider;
  useEffect(() => {
    if (provider) setValues((v) => ({ ...v, issuer: provider.issuer, clientId: provider.clientId, groupsClaim: provider.groupsClaim }));
  }, [provider]);

  function submit(event: FormEvent) {
    event.preventDefault();
    setSaved(false);
    save.mutate({ ...values, clientSecret: values.clientSecret || undefined, version: provider?.version ?? 0 });
  }
  const problems = FIELDS.flatMap((f) => {
    const message = fieldMessage(save.error, f.field);
    return message ? [{ href: `#${f.id}`, text: `${f.label}: ${message}` }] : [];
  });

  return (
    <section aria-labelledby="provider-heading">
      <h2 id="provider-heading">Identity provider</h2>
      {settings.isError && <p role="alert">The settings could not be loaded: {settings.error.message}</p>}
      <form onSubmit={submit} noValidate>
        {save.isError && <ProblemSummary ref={summary} problems={problems} other={save.error.message} />}
        {saved && <p role="status">Identity provider saved.</p>}
        <InputField
          id="issuer"
          label="Issuer"
          hint="For Microsoft Entra ID: https://login.microsoftonline.com/<directory (tenant) id>/v2.0"
          describe
          error={fieldMessage(save.error, "issuer")}
          value={values.issuer}
          onChange={(e) => setValues({ ...values, issuer: e.target.value })}
          autoComplete="off"
        />
        <InputField id="client-id" label="Client (application) id" describe error={fieldMessage(save.error, "clientId")} value={values.clientId} onChange={(e) => setValues({ ...values, clientId: e.target.value })} autoComplete="off" />
        <InputField
          id="client-secret"
          label="Client secret"
          type="password"
          hint={provider ? "Saved, and never shown again. Leave empty to keep it; enter a new one to replace it." : "Stored sealed with the server's key; never shown again."}
          describe
          error={fieldMessage(save.error, "clientSecret")}
          value={values.clientSecret}
          onChange={(e) => setValues({ ...values, clientSecret: e.target.value })}
          autoComplete="new-password"
        />
        <InputField id="groups-claim" label="Groups claim" hint="The ID token's claim that lists the user's groups: groups for Entra ID." describe error={fieldMessage(save.error, "groupsClaim")} value={values.groupsClaim} onChange={(e) => setValues({ ...values, groupsClaim: e.target.value })} autoComplete="off" />
        <button className="button" type="submit" disabled={save.isPending || settings.isPending}>
          Save identity provider
        </button>
      </form>
    </section>
  );
}
