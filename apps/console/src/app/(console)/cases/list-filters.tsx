import Link from "next/link";
import { PLAN_LABELS, STREAM_LABELS } from "~/app/(console)/requests/_lib/words";
import { AGE_BAND_LABELS, PLAN_STATUS_LABELS } from "./_lib/case-words";
import { AGE_BAND_CODES, PAGE_SIZES, PLAN_STATUS_CODES, PLAN_TYPE_CODES, STREAM_CODES, type ListQuery } from "./_lib/list-query";

function Choice({ id, label, value, options }: { id: keyof ListQuery; label: string; value: string; options: readonly (readonly [string, string])[] }) {
  return (
    <div>
      <label htmlFor={`f-${id}`}>{label}</label>
      <select id={`f-${id}`} name={id} defaultValue={value}>
        {options.map(([code, text]) => (
          <option key={code} value={code}>
            {text}
          </option>
        ))}
      </select>
    </div>
  );
}

const any = (text: string) => [["", text]] as const;

/**
 * The filters live in the URL, so a filtered list can be bookmarked and shared; the search text, which
 * may be a name, does not: the form posts to /cases/search, which keeps it in a cookie (list-query.ts).
 */
export function ListFilters({ query, names }: { query: ListQuery; names: boolean }) {
  return (
    <form className="filters" method="post" action="/cases/search" aria-label="Search and filters">
      <div>
        <label htmlFor="f-q">{names ? "Reference or name" : "Reference"}</label>
        <input id="f-q" name="q" type="search" defaultValue={query.q} maxLength={100} />
      </div>
      <Choice id="planType" label="Plan type" value={query.planType} options={[...any("Any plan type"), ...PLAN_TYPE_CODES.map((c) => [c, PLAN_LABELS[c] ?? c] as const)]} />
      <Choice id="planStatus" label="Plan status" value={query.planStatus} options={[...any("Any status"), ...PLAN_STATUS_CODES.map((c) => [c, PLAN_STATUS_LABELS[c] ?? c] as const)]} />
      <Choice id="budget" label="Active personal budget" value={query.budget} options={[...any("Either"), ["yes", "Has one"], ["no", "Has none"]]} />
      <Choice id="stream" label="Funding stream" value={query.stream} options={[...any("Any stream"), ...STREAM_CODES.map((c) => [c, STREAM_LABELS[c] ?? c] as const)]} />
      <Choice id="age" label="Age" value={query.age} options={[...any("Any age"), ...AGE_BAND_CODES.map((c) => [c, AGE_BAND_LABELS[c] ?? c] as const)]} />
      <div>
        <label htmlFor="f-reviewBefore">Next annual review due before</label>
        <input id="f-reviewBefore" name="reviewBefore" type="date" defaultValue={query.reviewBefore} />
      </div>
      <Choice id="size" label="Rows per page" value={String(query.size)} options={PAGE_SIZES.map((n) => [String(n), String(n)] as const)} />
      <input type="hidden" name="sort" value={query.sort} />
      <input type="hidden" name="dir" value={query.dir} />
      <button className="button secondary" type="submit">
        Apply
      </button>
      <Link href="/cases">Clear the search and filters</Link>
    </form>
  );
}
