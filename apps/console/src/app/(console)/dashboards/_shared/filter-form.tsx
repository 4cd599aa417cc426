import { AGE_BAND_LABELS, AGE_BANDS, ARRANGEMENT_LABELS, ARRANGEMENTS, describeCode, STREAM_LABELS, STREAMS } from "@pb/reports";
import { formatIsoDateEnGb } from "@pb/calendar";
import type { FilterValues } from "./filter-params";

export type FilterOptions = {
  councils: { councilId: string; councilName: string }[];
  versions: { id: string; versionNumber: number; effectiveFrom: string }[];
  noPolicyVersionId: string;
  services: string[];
  years: string[];
};

function Select({ id, name = id, label, value, options, anyLabel }: { id: string; name?: string; label: string; value: string; options: [string, string][]; anyLabel?: string }) {
  return (
    <div>
      <label htmlFor={id}>{label}</label>
      <select id={id} name={name} defaultValue={value}>
        {anyLabel !== undefined && <option value="">{anyLabel}</option>}
        {options.map(([v, text]) => (
          <option key={v} value={v}>
            {text}
          </option>
        ))}
      </select>
    </div>
  );
}

/** A GET form: its values become the URL, so the view can be bookmarked and shared. */
export function FilterForm({ values, options }: { values: FilterValues; options: FilterOptions }) {
  const years = options.years.includes(values.year) || !values.year ? options.years : [values.year, ...options.years];
  return (
    <form className="filters no-print" method="get" aria-label="Filters">
      {options.councils.length > 1 && (
        <Select id="council" label="Council" value={values.council} options={options.councils.map((c) => [c.councilId, c.councilName])} anyLabel="The council I act for" />
      )}
      <Select id="period" label="Period" value={values.period} options={[["fy", "Financial year (April to March)"], ["ay", "Academic year (September to August)"], ["custom", "Months from and to"]]} />
      <Select id="year" label="Year" value={values.year} options={years.map((y) => [y, y])} />
      <div>
        <label htmlFor="from">From month</label>
        <input id="from" name="from" type="month" placeholder="2025-04" aria-describedby="months-hint" defaultValue={values.from} />
      </div>
      <div>
        <label htmlFor="to">To month</label>
        <input id="to" name="to" type="month" placeholder="2026-03" aria-describedby="months-hint" defaultValue={values.to} />
      </div>
      <p id="months-hint" className="visually-hidden">
        Used when the period is months from and to; both months are included.
      </p>
      <FilterPartFields values={values} options={options} />
      <button className="button secondary" type="submit">
        Show
      </button>
    </form>
  );
}

/**
 * The filters besides the period: stream, arrangement, service, age band and policy version, under the
 * names the dashboards' URLs use. The row-level extracts' form shows the same fields (with an id prefix).
 */
export function FilterPartFields({ values, options, idPrefix = "" }: { values: Pick<FilterValues, "stream" | "arrangement" | "service" | "age" | "policy">; options: Pick<FilterOptions, "versions" | "noPolicyVersionId" | "services">; idPrefix?: string }) {
  return (
    <>
      <Select id={`${idPrefix}stream`} name="stream" label="Funding stream" value={values.stream} options={STREAMS.map((s) => [s, STREAM_LABELS[s]])} anyLabel="All streams" />
      <Select id={`${idPrefix}arrangement`} name="arrangement" label="Arrangement" value={values.arrangement} options={ARRANGEMENTS.map((a) => [a, ARRANGEMENT_LABELS[a]])} anyLabel="All arrangements" />
      <Select id={`${idPrefix}service`} name="service" label="Service" value={values.service} options={options.services.map((s) => [s, describeCode(s)])} anyLabel="All services" />
      <Select id={`${idPrefix}age`} name="age" label="Age band" value={values.age} options={AGE_BANDS.map((a) => [a, AGE_BAND_LABELS[a]])} anyLabel="All ages" />
      <Select
        id={`${idPrefix}policy`}
        name="policy"
        label="Policy version"
        value={values.policy}
        options={[
          [options.noPolicyVersionId, "Before the first published policy"],
          ...options.versions.map((v): [string, string] => [v.id, `Version ${v.versionNumber}, from ${formatIsoDateEnGb(v.effectiveFrom)}`]),
        ]}
        anyLabel="Any policy version"
      />
    </>
  );
}
