import { todayIso } from "@pb/calendar";
import { PassThrough, Readable } from "node:stream";
import { exportTableCsv } from "@pb/reports";
import { writeTablesWorkbook } from "@pb/services";
import { getServerCaller } from "~/server/caller";
import { readFilterValues, toFilterInput } from "~/app/(console)/dashboards/_shared/filter-params";
import { attachmentHeaders, respondToError, XLSX_TYPE } from "../respond";

export const dynamic = "force-dynamic";

/**
 * A dashboard's figures with the filters of its URL: XLSX (every table a sheet, and the About sheet)
 * or one table as CSV (?table=…). Through the same procedure's checks, suppression and audit row.
 */
export async function GET(request: Request) {
  const params = new URL(request.url).searchParams;
  try {
    const values = readFilterValues(Object.fromEntries(params.entries()), todayIso());
    const caller = await getServerCaller();
    const exported = await caller.exports.dashboard({ ...toFilterInput(values), dashboard: params.get("dashboard") as "uptake" });
    if (params.get("format") === "xlsx") {
      const body = new PassThrough();
      writeTablesWorkbook(body, exported.aboutTable, exported.tables).catch((error: unknown) => body.destroy(error as Error));
      return new Response(Readable.toWeb(body) as ReadableStream, { headers: attachmentHeaders(`${exported.fileStem}.xlsx`, XLSX_TYPE) });
    }
    const table = exported.tables.find((t) => t.id === params.get("table"));
    if (!table) return new Response(`table: choose one of ${exported.tables.map((t) => t.id).join(", ")}`, { status: 400 });
    return new Response(exportTableCsv(table), { headers: attachmentHeaders(`${table.id}-${exported.fileStem}.csv`, "text/csv; charset=utf-8") });
  } catch (error) {
    return respondToError(error, "dashboard");
  }
}
