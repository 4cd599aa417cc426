"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useEffect, useRef, useState, type FormEvent } from "react";
import { DISCLOSURE_METHODS, type DisclosureMethod } from "@pb/reports";
import { useTRPC } from "~/trpc/client";

/** The admin's settings for exports: the small-number threshold and how small counts are protected, saved at the version they saw. */
export function ExportSettingsForm() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const settings = useQuery(trpc.exports.settings.queryOptions());
  const [threshold, setThreshold] = useState("");
  const [method, setMethod] = useState<DisclosureMethod>("suppress");
  const [saved, setSaved] = useState<{ threshold: number; method: DisclosureMethod } | null>(null);
  const summary = useRef<HTMLDivElement>(null);
  const save = useMutation(
    trpc.exports.updateSettings.mutationOptions({
      onSuccess: async (result) => {
        setSaved({ threshold: result.smallCountThreshold, method: result.disclosureMethod });
        await queryClient.invalidateQueries({ queryKey: trpc.exports.settings.queryKey() });
      },
      onError: () => setTimeout(() => summary.current?.focus(), 0),
    }),
  );
  useEffect(() => {
    if (!settings.data) return;
    setThreshold(String(settings.data.smallCountThreshold));
    setMethod(settings.data.disclosureMethod);
  }, [settings.data]);

  if (settings.isPending) return <p role="status">Loading the settings…</p>;
  if (settings.isError)
    return (
      <div className="error-summary" role="alert">
        <h2>The settings could not be loaded</h2>
        <p>{settings.error.message}</p>
      </div>
    );

  const fieldError = save.error?.data?.fieldErrors?.smallCountThreshold?.[0] ?? (save.error?.message.startsWith("smallCountThreshold") ? save.error.message.replace(/^smallCountThreshold: /, "") : undefined);
  const methodError = save.error?.data?.fieldErrors?.disclosureMethod?.[0] ?? (save.error?.message.startsWith("disclosureMethod") ? save.error.message.replace(/^disclosureMethod: /, "") : undefined);
  function submit(event: FormEvent) {
    event.preventDefault();
    setSaved(null);
    save.mutate({ smallCountThreshold: Number(threshold), disclosureMethod: method, version: settings.data?.version ?? 0 });
  }

  return (
    <form onSubmit={submit} noValidate>
      {save.isError && (
        <div className="error-summary" role="alert" tabIndex={-1} ref={summary}>
          <h2>There is a problem</h2>
          <ul>
            {fieldError && (
              <li>
                <a href="#small-count-threshold">Suppression threshold: {fieldError}</a>
              </li>
            )}
            {methodError && (
              <li>
                <a href={`#disclosure-method-${DISCLOSURE_METHODS[0].code}`}>How small counts are protected: {methodError}</a>
              </li>
            )}
            {!fieldError && !methodError && <li>{save.error.message}</li>}
          </ul>
        </div>
      )}
      {saved !== null && (
        <p role="status">
          Saved. Every new export now protects counts under {saved.threshold} this way:{" "}
          {DISCLOSURE_METHODS.find((m) => m.code === saved.method)?.label.toLowerCase()}.
        </p>
      )}
      <div>
        <label htmlFor="small-count-threshold">Suppression threshold</label>
        <p id="small-count-threshold-hint" className="lede">
          A whole number from 2 to 100. Counts from 1 up to one less than this are suppressed.
        </p>
        {fieldError && (
          <p id="small-count-threshold-error" className="field-error">
            {fieldError}
          </p>
        )}
        <input
          id="small-count-threshold"
          name="smallCountThreshold"
          inputMode="numeric"
          value={threshold}
          onChange={(e) => setThreshold(e.target.value)}
          aria-describedby={fieldError ? "small-count-threshold-hint small-count-threshold-error" : "small-count-threshold-hint"}
          aria-invalid={fieldError ? true : undefined}
          style={{ width: "6rem" }}
        />
      </div>
      <fieldset aria-describedby={methodError ? "disclosure-method-error" : undefined}>
        <legend>How small counts are protected</legend>
        {methodError && (
          <p id="disclosure-method-error" className="field-error">
            {methodError}
          </p>
        )}
        {DISCLOSURE_METHODS.map((m) => (
          <div className="radio" key={m.code}>
            <input
              id={`disclosure-method-${m.code}`}
              type="radio"
              name="disclosureMethod"
              value={m.code}
              checked={method === m.code}
              onChange={() => setMethod(m.code)}
              aria-describedby={`disclosure-method-${m.code}-hint`}
            />
            <label htmlFor={`disclosure-method-${m.code}`}>{m.label}</label>
            <p id={`disclosure-method-${m.code}-hint`} className="lede">
              {m.hint}
            </p>
          </div>
        ))}
      </fieldset>
      <p>
        <button className="button" type="submit" disabled={save.isPending}>
          Save the settings
        </button>
      </p>
    </form>
  );
}
