import { todayIso } from "@pb/calendar";
import { PassThrough, Readable } from "node:stream";
import { exportTableCsv } from "@pb/reports";
import { writeTablesWorkbook } from "@pb/services";
import { getServerCaller } from "~/server/caller";
import { readDrillTarget, readFilterValues, toFilterInput } from "~/app/(console)/dashboards/_shared/filter-params";
import { attachmentHeaders, readOptional, respondToError, XLSX_TYPE } from "../respond";

export const dynamic = "force-dynamic";

/**
 * The rows behind a dashboard figure, with the drill-down page's own URL (the dashboard's filters and
 * the figure's cell.* values): XLSX (the About sheet, with its classification, and the rows) or CSV.
 * Through the procedure's checks, for the roles that see the drill-down, with an audit row.
 */
export async function GET(request: Request) {
  const params = new URL(request.url).searchParams;
  try {
    const query = Object.fromEntries(params.entries());
    const caller = await getServerCaller();
    const exported = await caller.exports.drilldownFile({
      ...toFilterInput(readFilterValues(query, todayIso())),
      target: readDrillTarget(query) as { measure: "paid" },
      // Absent or unknown: the schema's 400 naming `format`.
      format: readOptional(params, "format") as "csv",
    });
    if (params.get("format") === "xlsx") {
      const body = new PassThrough();
      writeTablesWorkbook(body, exported.aboutTable, [exported.table]).catch((error: unknown) => body.destroy(error as Error));
      return new Response(Readable.toWeb(body) as ReadableStream, { headers: attachmentHeaders(`${exported.fileStem}.xlsx`, XLSX_TYPE) });
    }
    return new Response(exportTableCsv(exported.table), { headers: attachmentHeaders(`${exported.fileStem}.csv`, "text/csv; charset=utf-8") });
  } catch (error) {
    return respondToError(error, "drill-down");
  }
}
