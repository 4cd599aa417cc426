// The list's search, filters, sort and page as they live in the URL: read leniently (an unknown
// value is ignored, not an error) so that any bookmarked or hand-edited link still opens. The search
// text may be a child's name, so it never goes in a URL (browser history, proxy and access logs): the
// form posts it, it is kept in a cookie for the list's pages, and the URL only says `search=1`.

export const PLAN_TYPE_CODES = ["ehcp", "child_in_need", "short_breaks", "health_care_support", "adult_care_support"] as const;
export const PLAN_STATUS_CODES = ["draft", "final", "annual_review", "reassessment", "ceased"] as const;
export const STREAM_CODES = ["education", "health", "social_care", "transport"] as const;
export const AGE_BAND_CODES = ["0-4", "5-10", "11-15", "16-19", "20-25"] as const;
export const SORT_KEYS = ["reference", "name", "age", "nextReview"] as const;
export const PAGE_SIZES = [10, 25, 50, 100] as const;

type SortKey = (typeof SORT_KEYS)[number];
type Params = Record<string, string | string[] | undefined>;

/** The list's state in URL words: every value a string, "" when not set. */
export type ListQuery = {
  q: string;
  planType: string;
  planStatus: string;
  budget: "" | "yes" | "no";
  stream: string;
  age: string;
  reviewBefore: string;
  sort: SortKey;
  dir: "asc" | "desc";
  page: number;
  size: number;
};

export const DEFAULT_QUERY: ListQuery = { q: "", planType: "", planStatus: "", budget: "", stream: "", age: "", reviewBefore: "", sort: "reference", dir: "asc", page: 1, size: 25 };

const first = (value: string | string[] | undefined): string => (Array.isArray(value) ? (value[0] ?? "") : (value ?? "")).trim();
const oneOf = <T extends string>(value: string, allowed: readonly T[]): T | "" => ((allowed as readonly string[]).includes(value) ? (value as T) : "");
const isDate = (value: string) => /^\d{4}-\d{2}-\d{2}$/.test(value) && !Number.isNaN(Date.parse(`${value}T00:00:00Z`)) && new Date(`${value}T00:00:00Z`).toISOString().startsWith(value);

/** The cookie that keeps the list's search text, for the list's own pages only. */
export const SEARCH_COOKIE = "pb-case-search";

/**
 * Reads the URL; `savedSearch` is the search text (the cookie's, or the form's when it is posted),
 * used when the URL says `search=1`. Sorts the caller's role cannot use (by name or age without
 * seeing them) fall back to reference.
 */
export function readListQuery(params: Params, access: { names: boolean; dateOfBirth: boolean }, savedSearch = ""): ListQuery {
  const sort = oneOf(first(params.sort), SORT_KEYS) || "reference";
  const allowedSort = (sort === "name" && !access.names) || (sort === "age" && !access.dateOfBirth) ? "reference" : sort;
  const page = Number(first(params.page));
  const size = Number(first(params.size));
  const search = first(params.search) === "1" ? savedSearch.trim() : "";
  return {
    q: search.slice(0, 100),
    planType: oneOf(first(params.planType), PLAN_TYPE_CODES),
    planStatus: oneOf(first(params.planStatus), PLAN_STATUS_CODES),
    budget: oneOf(first(params.budget), ["yes", "no"] as const),
    stream: oneOf(first(params.stream), STREAM_CODES),
    age: oneOf(first(params.age), AGE_BAND_CODES),
    reviewBefore: isDate(first(params.reviewBefore)) ? first(params.reviewBefore) : "",
    sort: allowedSort,
    dir: first(params.dir) === "desc" ? "desc" : "asc",
    page: Number.isInteger(page) && page >= 1 && page <= 100_000 ? page : 1,
    size: (PAGE_SIZES as readonly number[]).includes(size) ? size : 25,
  };
}

/** The procedure's input for the URL's state. */
export function toListInput(query: ListQuery) {
  return {
    search: query.q || null,
    planType: (query.planType || null) as (typeof PLAN_TYPE_CODES)[number] | null,
    planStatus: (query.planStatus || null) as (typeof PLAN_STATUS_CODES)[number] | null,
    hasActiveBudget: query.budget === "yes" ? true : query.budget === "no" ? false : null,
    stream: (query.stream || null) as (typeof STREAM_CODES)[number] | null,
    ageBand: (query.age || null) as (typeof AGE_BAND_CODES)[number] | null,
    reviewDueBefore: query.reviewBefore || null,
    sort: query.sort,
    direction: query.dir,
    page: query.page,
    pageSize: query.size,
  };
}

/** A link to the list with some of its state changed; defaults are left out so links stay short, and the search text never goes in. */
export function listHref(query: ListQuery, patch: Partial<ListQuery> = {}): string {
  const next = { ...query, ...patch };
  const params = new URLSearchParams();
  for (const key of Object.keys(DEFAULT_QUERY) as (keyof ListQuery)[]) {
    const value = String(next[key]);
    if (key === "q") {
      if (value) params.set("search", "1");
    } else if (value !== String(DEFAULT_QUERY[key])) params.set(key, value);
  }
  const text = params.toString();
  return text ? `/cases?${text}` : "/cases";
}

/** Where a column header's link goes: the same column flips direction; another starts ascending, on page 1. */
export function sortHref(query: ListQuery, key: SortKey): string {
  const dir = query.sort === key && query.dir === "asc" ? "desc" : "asc";
  return listHref(query, { sort: key, dir, page: 1 });
}
