import type { Metadata } from "next";
import Link from "next/link";
import { AGE_BAND_LABELS, ARRANGEMENT_LABELS, CESSATION_REASON_LABELS, describeCode, DISAGREEMENT_OUTCOME_LABELS, DP_RECIPIENT_LABELS, DRILL_MEASURE_TITLES, formatDashboardValue, labelOf, REQUEST_OUTCOME_LABELS, STREAM_LABELS } from "@pb/reports";
import { formatMonthEnGb, todayIso } from "@pb/calendar";

import { answerOrProblem, loadAsUser } from "~/server/load-as-user";
import { readDrillTarget, readFilterValues, toFilterInput, type SearchParams } from "../_shared/filter-params";
import { DASHBOARD_PATHS } from "../_shared/dashboard-page";
import { RowsTable, type RowsData } from "./rows-table";

export const metadata: Metadata = { title: "The rows behind a figure" };

const MEASURE_WORDS: Record<string, string> = DRILL_MEASURE_TITLES;
const PAGE = 500;

/** The figure's cell and the dashboard's filters in words, for the heading. */
function describe(target: Record<string, unknown>, values: ReturnType<typeof readFilterValues>): string[] {
  const out: string[] = [];
  if (typeof target.month === "string") out.push(formatMonthEnGb(target.month));
  const stream = (target.stream as string | undefined) ?? values.stream;
  if (stream) out.push(labelOf(STREAM_LABELS, stream));
  const arrangement = (target.arrangement as string | undefined) ?? values.arrangement;
  if (arrangement) out.push(labelOf(ARRANGEMENT_LABELS, arrangement));
  if (values.service) out.push(describeCode(values.service));
  if (values.age) out.push(`aged ${labelOf(AGE_BAND_LABELS, values.age).toLowerCase()}`);
  if (typeof target.outcome === "string") out.push(labelOf({ ...REQUEST_OUTCOME_LABELS, ...DISAGREEMENT_OUTCOME_LABELS }, target.outcome));
  if (typeof target.reasonCode === "string") out.push(labelOf(CESSATION_REASON_LABELS, target.reasonCode));
  // "none" is the uptake table's budgets without a direct payment.
  if (typeof target.recipient === "string") out.push(target.recipient === "none" ? "without a direct payment" : `direct payment to ${labelOf(DP_RECIPIENT_LABELS, target.recipient).toLowerCase()}`);
  if (target.hasEhcp === true) out.push("with an EHC plan");
  if (target.hasEhcp === false) out.push("without an EHC plan");
  return out;
}

export default async function RowsPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const params = await searchParams;
  const values = readFilterValues(params, todayIso());
  const target = readDrillTarget(params);
  const offset = Math.max(0, Math.min(10_000_000, Number.parseInt(String(params.offset ?? "0"), 10) || 0));
  const back = Object.values(DASHBOARD_PATHS).find((p) => p === params.back) ?? null;
  const loaded = await loadAsUser((caller) =>
    answerOrProblem(() => caller.dashboard.drilldown({ ...toFilterInput(values), target: target as { measure: "paid" }, limit: PAGE, offset })),
  );
  const data: RowsData | null = loaded.data;
  const problem: string | null = loaded.problem;
  const measure = MEASURE_WORDS[String(target.measure ?? "")] ?? "Rows";
  const backQuery = new URLSearchParams(Object.entries(params).flatMap(([k, v]) => (k.startsWith("cell.") || k === "back" || k === "offset" || typeof v !== "string" ? [] : [[k, v]])));
  const pageHref = (o: number) => {
    const q = new URLSearchParams(Object.entries(params).flatMap(([k, v]) => (typeof v === "string" && k !== "offset" ? [[k, v]] : [])));
    q.set("offset", String(o));
    return `/dashboards/rows?${q.toString()}`;
  };
  // The file has every row (not this page's): the same URL without the page's offset or the way back.
  const fileQuery = new URLSearchParams(Object.entries(params).flatMap(([k, v]) => (typeof v === "string" && k !== "offset" && k !== "back" ? [[k, v]] : [])));
  const fileHref = (format: "csv" | "xlsx") => `/api/exports/drilldown?${fileQuery.toString()}&format=${format}`;
  return (
    <>
      <h1>{measure}</h1>
      <p className="lede">
        {[...describe(target, values), values.period === "custom" ? `${values.from} to ${values.to}` : `${values.period === "ay" ? "academic" : "financial"} year ${values.year}`].join(" · ")}
      </p>
      {back && (
        <p>
          <Link href={`${back}?${backQuery.toString()}`}>Back to the dashboard</Link>
        </p>
      )}
      {problem && (
        <div className="error-summary" role="alert">
          <h2>There is a problem</h2>
          <p>{problem}</p>
        </div>
      )}
      {data && (
        <>
          <p id="rows-summary">
            <strong>{data.total.toLocaleString("en-GB")}</strong> rows, adding up to <strong>{formatDashboardValue(data.valueKind, data.valueTotal)}</strong>: the figure
            clicked. Children are shown by their reference only.
          </p>
          <p className="no-print">
            Download every row, with each child&apos;s reference (personal data, OFFICIAL-SENSITIVE: keep the file inside the council):{" "}
            <a href={fileHref("xlsx")} download>
              XLSX<span className="visually-hidden">, {measure.toLowerCase()}</span>
            </a>{" "}
            or{" "}
            <a href={fileHref("csv")} download>
              CSV<span className="visually-hidden">, {measure.toLowerCase()}</span>
            </a>
            .
          </p>
          <RowsTable data={data} caption={`${measure}: ${data.total.toLocaleString("en-GB")} rows`} />
          {(offset > 0 || offset + PAGE < data.total) && (
            <nav aria-label="Pages of rows">
              {offset > 0 && <Link href={pageHref(Math.max(0, offset - PAGE))}>Previous {PAGE} rows</Link>}{" "}
              {offset + PAGE < data.total && <Link href={pageHref(offset + PAGE)}>Next {PAGE} rows</Link>}
            </nav>
          )}
        </>
      )}
    </>
  );
}
