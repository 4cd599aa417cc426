"use client";

import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useRef, useState, type FormEvent } from "react";
import { useTRPC } from "~/trpc/client";
import { fieldId, readError } from "./_lib/read-errors";

type Preset = { id: string; name: string; document: string };

/** A council with no policy starts from a preset, published from a date (which may be in the past). */
export function AdoptPresetForm({ presets }: { presets: Preset[] }) {
  const trpc = useTRPC();
  const router = useRouter();
  const summary = useRef<HTMLDivElement>(null);
  const [presetId, setPresetId] = useState(presets[0]?.id ?? "");
  const [effectiveFrom, setEffectiveFrom] = useState("");
  const adopt = useMutation(
    trpc.policy.adoptPreset.mutationOptions({
      onSuccess: () => router.refresh(),
      onError: () => setTimeout(() => summary.current?.focus(), 0),
    }),
  );
  const error = adopt.isError ? readError(adopt.error) : null;
  const dateError = error?.fieldErrors.effectiveFrom?.[0];
  const presetError = error?.fieldErrors.presetId?.[0];

  function submit(event: FormEvent) {
    event.preventDefault();
    adopt.mutate({ presetId, effectiveFrom });
  }

  return (
    <form onSubmit={submit} noValidate aria-labelledby="adopt-heading">
      <h2 id="adopt-heading">Start from a preset</h2>
      <p>Each preset is a published policy, or the Code of Practice baseline. You can change anything afterwards, in a draft.</p>
      {error && (
        <div className="error-summary" role="alert" tabIndex={-1} ref={summary}>
          <h3>There is a problem</h3>
          <ul>
            {presetError && <li><a href={`#${fieldId("presetId")}`}>Preset: {presetError}</a></li>}
            {dateError && <li><a href={`#${fieldId("effectiveFrom")}`}>Effective from: {dateError}</a></li>}
            {!presetError && !dateError && <li>{error.message}</li>}
          </ul>
        </div>
      )}
      <div className="filters">
        <div>
          <label htmlFor={fieldId("presetId")}>Preset</label>
          <select id={fieldId("presetId")} value={presetId} onChange={(e) => setPresetId(e.target.value)}>
            {presets.map((p) => (
              <option key={p.id} value={p.id}>
                {p.name} — {p.document}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor={fieldId("effectiveFrom")}>Effective from</label>
          {dateError && <p className="field-error">{dateError}</p>}
          <input id={fieldId("effectiveFrom")} type="date" value={effectiveFrom} onChange={(e) => setEffectiveFrom(e.target.value)} aria-invalid={dateError ? true : undefined} />
        </div>
        <button className="button" type="submit" disabled={adopt.isPending}>
          Adopt the preset
        </button>
      </div>
    </form>
  );
}
