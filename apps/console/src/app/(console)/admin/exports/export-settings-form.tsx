"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useEffect, useRef, useState, type FormEvent } from "react";
import { useTRPC } from "~/trpc/client";

/** The admin's one setting for exports: the small-number threshold, saved at the version they saw. */
export function ExportSettingsForm() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const settings = useQuery(trpc.exports.settings.queryOptions());
  const [threshold, setThreshold] = useState("");
  const [saved, setSaved] = useState<number | null>(null);
  const summary = useRef<HTMLDivElement>(null);
  const save = useMutation(
    trpc.exports.updateSettings.mutationOptions({
      onSuccess: async (result) => {
        setSaved(result.smallCountThreshold);
        await queryClient.invalidateQueries({ queryKey: trpc.exports.settings.queryKey() });
      },
      onError: () => setTimeout(() => summary.current?.focus(), 0),
    }),
  );
  useEffect(() => {
    if (settings.data) setThreshold(String(settings.data.smallCountThreshold));
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
  function submit(event: FormEvent) {
    event.preventDefault();
    setSaved(null);
    save.mutate({ smallCountThreshold: Number(threshold), version: settings.data?.version ?? 0 });
  }

  return (
    <form onSubmit={submit} noValidate>
      {save.isError && (
        <div className="error-summary" role="alert" tabIndex={-1} ref={summary}>
          <h2>There is a problem</h2>
          <ul>
            <li>{fieldError ? <a href="#small-count-threshold">Suppression threshold: {fieldError}</a> : save.error.message}</li>
          </ul>
        </div>
      )}
      {saved !== null && (
        <p role="status">
          Saved. Counts under {saved} are now suppressed in every new export.
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
      <p>
        <button className="button" type="submit" disabled={save.isPending}>
          Save the threshold
        </button>
      </p>
    </form>
  );
}
