import { groupSen2ErrorsByChild } from "@pb/reports";
import { getServerCaller } from "~/server/caller";
import { attachmentHeaders, readOptional, readPeriodParams, respondToError } from "../respond";

export const dynamic = "force-dynamic";

/**
 * The SEN2 person-level file as the collection's XML or as CSV, through the procedure that checks
 * the role, validates, labels and audits it. While any rule fails the XML is refused with 422 and
 * the errors, per child by reference: a file COLLECT would reject is not a return to hand in.
 */
export async function GET(request: Request) {
  const params = new URL(request.url).searchParams;
  try {
    const caller = await getServerCaller();
    // No format is the CSV; any other than the two is the schema's 400 naming `format`, not a CSV.
    const format = (readOptional(params, "format") ?? "csv") as "csv";
    const file = await caller.exports.sen2File({ period: readPeriodParams(params), laNumber: params.get("la") ?? "", format });
    if ("refused" in file) {
      const lines = groupSen2ErrorsByChild(file.errors).flatMap((group) => [
        group.child ? `Child ${group.child.reference}:` : "The whole file:",
        ...group.errors.map((e) => `  ${e.item} (${e.rule}): ${e.message}`),
      ]);
      const text = [`The SEN2 XML for the census date ${file.censusDate} is refused until these are fixed:`, ...lines, ""].join("\n");
      return new Response(text, { status: 422, headers: { "content-type": "text/plain; charset=utf-8" } });
    }
    return new Response(file.body, { headers: attachmentHeaders(file.fileName, file.contentType) });
  } catch (error) {
    return respondToError(error, "SEN2");
  }
}
