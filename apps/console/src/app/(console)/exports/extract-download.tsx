"use client";

import { useRef, useState, type FormEvent } from "react";
import { EXTRACT_FILTER_OPTIONS, EXTRACT_PRIVACY_LABELS, EXTRACT_PRIVACY_RISKS } from "@pb/reports";
import { FilterPartFields, type FilterOptions } from "../dashboards/_shared/filter-form";
import { PeriodFields } from "./period-fields";
import styles from "./exports.module.css";

type Progress = { rows: number; bytes: number; total: number | null; done: boolean; fileName: string };

const NO_FILTERS = { stream: "", arrangement: "", service: "", age: "", policy: "" };

function formatBytes(bytes: number): string {
  return bytes >= 1_048_576 ? `${(bytes / 1_048_576).toFixed(1)} MB` : `${Math.ceil(bytes / 1024)} KB`;
}

/**
 * Downloads a row-level extract while showing how far it has got: the server streams the file,
 * and this counts bytes (and, for CSV, rows) as they arrive against the row count it announced.
 */
export function ExtractDownload({ years, defaultYear, filterOptions }: { years: string[]; defaultYear: string; filterOptions: Pick<FilterOptions, "versions" | "noPolicyVersionId" | "services"> }) {
  const [progress, setProgress] = useState<Progress | null>(null);
  const [error, setError] = useState<string | null>(null);
  const abort = useRef<AbortController | null>(null);
  const summary = useRef<HTMLDivElement>(null);

  async function download(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setError(null);
    const params = new URLSearchParams();
    for (const [key, value] of new FormData(event.currentTarget)) if (typeof value === "string" && value) params.set(key, value);
    abort.current = new AbortController();
    try {
      const response = await fetch(`/api/exports/extract?${params}`, { signal: abort.current.signal });
      if (!response.ok || !response.body) throw new Error((await response.text()) || `The server answered ${response.status}.`);
      const fileName = /filename="([^"]+)"/.exec(response.headers.get("content-disposition") ?? "")?.[1] ?? "extract";
      const total = Number(response.headers.get("x-row-count") ?? "") || null;
      const csv = params.get("format") !== "xlsx";
      const reader = response.body.getReader();
      const parts: Uint8Array<ArrayBuffer>[] = [];
      let state: Progress = { rows: 0, bytes: 0, total, done: false, fileName };
      setProgress(state);
      for (;;) {
        const { done, value } = await reader.read();
        if (done) break;
        parts.push(value);
        // Rows end with CRLF; the header line is not a row.
        let lineEnds = 0;
        if (csv) for (const byte of value) if (byte === 10) lineEnds++;
        state = { ...state, bytes: state.bytes + value.byteLength, rows: state.rows + lineEnds };
        setProgress(state);
      }
      setProgress({ ...state, rows: csv ? Math.max(0, state.rows - 1) : (total ?? 0), done: true });
      const url = URL.createObjectURL(new Blob(parts, { type: response.headers.get("content-type") ?? "application/octet-stream" }));
      const link = document.createElement("a");
      link.href = url;
      link.download = fileName;
      link.click();
      setTimeout(() => URL.revokeObjectURL(url), 60_000);
    } catch (caught) {
      if ((caught as Error).name === "AbortError") setError("The download was cancelled.");
      else setError((caught as Error).message);
      setProgress(null);
      setTimeout(() => summary.current?.focus(), 0);
    }
  }

  const busy = progress !== null && !progress.done;
  return (
    <>
      {error && (
        <div className="error-summary" role="alert" tabIndex={-1} ref={summary}>
          <h3>The extract could not be downloaded</h3>
          <p>{error}</p>
        </div>
      )}
      <form className="filters" onSubmit={download} aria-label="Row-level extract">
        <div>
          <label htmlFor="extract-kind">Rows</label>
          <select id="extract-kind" name="kind" defaultValue="payments">
            <option value="payments">Payments</option>
            <option value="budget-lines">Budget lines</option>
          </select>
        </div>
        <PeriodFields idPrefix="extract" years={years} defaultYear={defaultYear} />
        <div className={styles.choices}>
          <FilterPartFields values={NO_FILTERS} options={filterOptions} idPrefix="extract-" />
          <fieldset className={styles.radios}>
            <legend>Format</legend>
            <label>
              <input type="radio" name="format" value="csv" defaultChecked /> CSV
            </label>
            <label>
              <input type="radio" name="format" value="xlsx" /> XLSX
            </label>
          </fieldset>
        </div>
        <fieldset className={styles.privacy}>
          <legend>How the rows leave the council</legend>
          {EXTRACT_FILTER_OPTIONS.privacy.map((p) => (
            <div key={p}>
              <input type="radio" id={`extract-privacy-${p}`} name="privacy" value={p} defaultChecked={p === "coarsened"} aria-describedby={`extract-privacy-${p}-risk`} />
              <label htmlFor={`extract-privacy-${p}`}>{EXTRACT_PRIVACY_LABELS[p]}</label>
              <p id={`extract-privacy-${p}-risk`}>
                {EXTRACT_PRIVACY_RISKS[p]}
              </p>
            </div>
          ))}
        </fieldset>
        <button className="button" type="submit" disabled={busy}>
          Download the extract
        </button>
        {busy && (
          <button className="button secondary" type="button" onClick={() => abort.current?.abort()}>
            Cancel
          </button>
        )}
      </form>
      {progress && (
        <div className={styles.progress}>
          <label htmlFor="extract-progress">{progress.done ? `Downloaded ${progress.fileName}` : `Downloading ${progress.fileName}`}</label>
          <progress id="extract-progress" max={progress.total ?? undefined} value={progress.total && progress.rows ? Math.min(progress.rows, progress.total) : progress.done ? (progress.total ?? 1) : undefined} />
          <p role="status" aria-live="polite">
            {progress.done
              ? `Done: ${progress.rows.toLocaleString("en-GB")} rows, ${formatBytes(progress.bytes)}.`
              : `${progress.rows ? `${progress.rows.toLocaleString("en-GB")} ${progress.total ? `of ${progress.total.toLocaleString("en-GB")} ` : ""}rows, ` : ""}${formatBytes(progress.bytes)} received.`}
          </p>
        </div>
      )}
    </>
  );
}
