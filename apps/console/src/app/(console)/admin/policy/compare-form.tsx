import type { VersionSummary } from "./_lib/types";

/** Pick any two versions to see their differences side by side. A plain GET form: ids only in the URL. */
export function CompareForm({ versions, from, to }: { versions: VersionSummary[]; from?: string; to?: string }) {
  const label = (v: VersionSummary) => `Version ${v.versionNumber}${v.status === "draft" ? " (draft)" : ""}`;
  return (
    <form className="filters" method="get" action="/admin/policy/diff" aria-labelledby="compare-heading">
      <h2 id="compare-heading" className="visually-hidden">
        Compare two versions
      </h2>
      <div>
        <label htmlFor="compare-from">Compare version</label>
        <select id="compare-from" name="from" defaultValue={from ?? versions[1]?.id}>
          {versions.map((v) => (
            <option key={v.id} value={v.id}>
              {label(v)}
            </option>
          ))}
        </select>
      </div>
      <div>
        <label htmlFor="compare-to">with version</label>
        <select id="compare-to" name="to" defaultValue={to ?? versions[0]?.id}>
          {versions.map((v) => (
            <option key={v.id} value={v.id}>
              {label(v)}
            </option>
          ))}
        </select>
      </div>
      <button className="button secondary" type="submit">
        Compare
      </button>
    </form>
  );
}
