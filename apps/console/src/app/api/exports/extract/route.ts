import { todayIso } from "@pb/calendar";
import { Readable } from "node:stream";
import { streamExtract } from "@pb/services";
import { getServerCaller } from "~/server/caller";
import { readFilterValues, toFilterPartsInput } from "~/app/(console)/dashboards/_shared/filter-params";
import { getDatabase } from "~/server/database";
import { attachmentHeaders, readOptional, readPeriodParams, respondToError, XLSX_TYPE } from "../respond";

export const dynamic = "force-dynamic";

/**
 * The row-level extract, streamed: the procedure checks the role, counts and audits in the
 * council's transaction; then the rows flow from a cursor (or pages) straight into the response,
 * at the pace the browser reads, with the row count in a header for the progress bar.
 */
export async function GET(request: Request) {
  const params = new URL(request.url).searchParams;
  try {
    const caller = await getServerCaller();
    // The dashboards' filters under the dashboards' own names (stream, arrangement, service, age, policy).
    const parts = toFilterPartsInput(readFilterValues(Object.fromEntries(params.entries()), todayIso()));
    const prepared = await caller.exports.prepareExtract({
      kind: params.get("kind") as "payments",
      format: params.get("format") as "csv",
      privacy: readOptional(params, "privacy") as "coarsened",
      period: readPeriodParams(params),
      ...parts,
    });
    const body = streamExtract(await getDatabase(), prepared);
    return new Response(Readable.toWeb(body) as ReadableStream, {
      headers: {
        ...attachmentHeaders(prepared.fileName, prepared.format === "xlsx" ? XLSX_TYPE : "text/csv; charset=utf-8"),
        "x-row-count": String(prepared.rowCount),
      },
    });
  } catch (error) {
    return respondToError(error, "row-level");
  }
}
