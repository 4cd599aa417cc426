import { PassThrough, Readable } from "node:stream";
import { exportTableCsv, STATUTORY_CLASSIFICATION } from "@pb/reports";
import { writeTablesWorkbook } from "@pb/services";
import { getServerCaller } from "~/server/caller";
import { attachmentHeaders, readPeriodParams, respondToError, XLSX_TYPE } from "../respond";

export const dynamic = "force-dynamic";

/**
 * A dashboard's or the statutory returns' figures as XLSX (every table, a sheet each, and the About sheet) or
 * as the CSV of one table (?table=…). The figures come through the same procedure the pages use,
 * with its role checks, council scope, suppression and audit row.
 */
export async function GET(request: Request) {
  const params = new URL(request.url).searchParams;
  try {
    const caller = await getServerCaller();
    const exported = await caller.exports.aggregate({ kind: params.get("kind") as "spend", period: readPeriodParams(params) });
    if (params.get("format") === "xlsx") {
      const body = new PassThrough();
      writeTablesWorkbook(body, exported.aboutTable, exported.tables).catch((error: unknown) => body.destroy(error as Error));
      return new Response(Readable.toWeb(body) as ReadableStream, { headers: attachmentHeaders(`${exported.fileStem}.xlsx`, XLSX_TYPE) });
    }
    const wanted = params.get("table");
    const table = wanted ? exported.tables.find((t) => t.id === wanted || t.id.startsWith(`${wanted}-`)) : exported.tables.length === 1 ? exported.tables[0] : undefined;
    if (!table) return new Response(`table: choose one of ${exported.tables.map((t) => t.id).join(", ")}`, { status: 400 });
    // A statutory return's file name leads with its classification and keeps its census date.
    const name = exported.fileStem.startsWith(STATUTORY_CLASSIFICATION) ? `${exported.fileStem}_${table.id}.csv` : `${table.id}-${exported.fileStem}.csv`;
    return new Response(exportTableCsv(table), { headers: attachmentHeaders(name, "text/csv; charset=utf-8") });
  } catch (error) {
    return respondToError(error, "aggregate");
  }
}
