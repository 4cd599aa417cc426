import type { VersionSummary } from "./_lib/types";

/** Pick any two versions to see their differences side by side. A plain GET form: ids only in the URL. */
export function CompareForm({ versions, from, to }: { versions: VersionSummary[]; from?: string; to?: string }) {
  return (
    <form className="filters" method="get" action="/admin/policy/diff" aria-labelledby="compare-heading">
      <h2 id="compare-heading" className="visually-hidden">
        Compare two versions
      </h2>
      <VersionSelect name="from" label="Compare version" versions={versions} chosen={from ?? versions[1]?.id} />
      <VersionSelect name="to" label="with version" versions={versions} chosen={to ?? versions[0]?.id} />
      <button className="button secondary" type="submit">
        Compare
      </button>
    </form>
  );
}

function VersionSelect({ name, label, versions, chosen }: { name: "from" | "to"; label: string; versions: VersionSummary[]; chosen: string | undefined }) {
  return (
    <div>
      <label htmlFor={`compare-${name}`}>{label}</label>
      <select id={`compare-${name}`} name={name} defaultValue={chosen}>
        {versions.map((v) => (
          <option key={v.id} value={v.id}>
            {`Version ${v.versionNumber}${v.status === "draft" ? " (draft)" : ""}`}
          </option>
        ))}
      </select>
    </div>
  );
}
