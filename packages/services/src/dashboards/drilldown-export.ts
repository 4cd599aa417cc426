import { writeAudit } from "@pb/db";
import {
  STATUTORY_CLASSIFICATION,
  buildAboutTable,
  describeDrillColumn,
  DRILL_MEASURE_TITLES,
  firstDayOf,
  lastDayOf,
  listExtractColumns,
  makeExtractRowWriter,
  narrowToCell,
  type DrillTarget,
  type ExportRow,
  type ExportTable,
} from "@pb/reports";
import type { ServiceContext } from "../shared/context";
import { ValidationError } from "../shared/errors";
import { listPolicyVersionsInPeriod } from "../exports/policy-versions-in-period";
import { describeDashboardFilter, NO_POLICY_VERSION, resolveFilterPeriod, type DashboardFilter } from "./dashboard-filter";
import { listDashboardRows } from "./list-dashboard-rows";

/** More rows than a spreadsheet reader can use: past this, the filters should narrow the figure first. */
export const MAX_DRILLDOWN_FILE_ROWS = 100_000;
const PAGE = 5_000;

/** Said on every drill-down file: it names children by their reference, so it is personal data. */
export const DRILLDOWN_CLASSIFICATION =
  `${STATUTORY_CLASSIFICATION}: personal data. Each row names a child by the council's reference (never a name or a date of birth). ` +
  "Keep it inside the council, on the council's systems, and delete it when the work it was taken for is done.";

export type DrilldownExport = { fileStem: string; aboutTable: ExportTable; table: ExportTable };

/**
 * The rows behind one figure of a dashboard as a file: the same rows the drill-down page lists (the
 * same procedure and checks), every page of them, each code with its words beside it, the filters and
 * the classification on the About sheet, and an audit row saying who took them.
 */
export async function buildDrilldownExport(ctx: ServiceContext, input: { filter: DashboardFilter; target: DrillTarget; madeByRole: string }): Promise<DrilldownExport> {
  const first = await listDashboardRows(ctx, { filter: input.filter, target: input.target, limit: PAGE, offset: 0 });
  if (first.total > MAX_DRILLDOWN_FILE_ROWS) {
    throw new ValidationError("target", `has ${first.total} rows, more than the ${MAX_DRILLDOWN_FILE_ROWS} a file holds: narrow the filters (a month, a stream, a service) first`);
  }
  const rows = [...first.rows];
  while (rows.length < first.total) {
    const page = await listDashboardRows(ctx, { filter: input.filter, target: input.target, limit: PAGE, offset: rows.length });
    if (page.rows.length === 0) break;
    rows.push(...page.rows);
  }
  // The page's columns in the page's order, without the anchor's internal id.
  const keys = Object.keys(rows[0] ?? { childReference: "", value: 0 }).filter((k) => k !== "id");
  const defined = keys.map((k) => describeDrillColumn(k, first.valueKind));
  const toCells = makeExtractRowWriter(defined, "pseudonymised");
  const columns = listExtractColumns(defined, "pseudonymised");
  const title = DRILL_MEASURE_TITLES[input.target.measure];
  const table: ExportTable = {
    id: "rows",
    title: `${title}: the rows behind the figure`,
    sheetName: "Rows",
    columns,
    rows: rows.map((row) => {
      const cells = toCells(keys.map((k) => row[k] ?? null));
      return Object.fromEntries(columns.map((c, i): [string, ExportRow[string]] => [c.key, cells[i] ?? null]));
    }),
    note: `${rows.length} rows; their "${describeDrillColumn("value", first.valueKind).label}" adds up to the figure clicked.`,
  };
  const period = resolveFilterPeriod(input.filter);
  const from = firstDayOf(first.period.fromMonth);
  const to = lastDayOf(first.period.toMonth);
  const versions = await listPolicyVersionsInPeriod(ctx, from, to);
  const council = await ctx.db.selectFrom("council").select("name").where("id", "=", ctx.councilId).executeTakeFirst();
  const versionLabel = (id: string) =>
    id === NO_POLICY_VERSION ? "Before the first published policy" : `Version ${versions.find((v) => v.id === id)?.versionNumber ?? "not in force in the period"}`;
  const filters = [
    // The filters the rows were read with: the dashboard's, narrowed by the figure's own stream, arrangement or version.
    ...describeDashboardFilter(narrowToCell(input.filter, input.target) ?? input.filter, period, versionLabel),
    ...(input.target.month ? [{ label: "Month of the figure", value: input.target.month }] : []),
    { label: "Classification", value: DRILLDOWN_CLASSIFICATION },
  ];
  const about = buildAboutTable({
    title: `The rows behind a figure: ${title.toLowerCase()}`,
    councilName: council?.name ?? "",
    periodLabel: period.label,
    from,
    to,
    filters,
    policyVersions: versions.map(({ id: _id, ...v }) => v),
    madeAt: new Date().toISOString(),
    madeByRole: input.madeByRole,
    source: `${rows.length} rows recorded in the product when the file was made: the rows the dashboard's drill-down lists for the figure.`,
    suppressionThreshold: null,
  });
  await writeAudit(ctx.db, {
    councilId: ctx.councilId, actorUserId: ctx.actorUserId, action: "exports.drilldown", entity: "export", entityId: input.target.measure,
    after: { target: { ...input.target }, from, to, filters: filters.map((f) => f.label), rowCount: rows.length },
  });
  return { fileStem: `${input.target.measure.replace("_", "-")}-rows-${from}-to-${to}`, aboutTable: about, table };
}
