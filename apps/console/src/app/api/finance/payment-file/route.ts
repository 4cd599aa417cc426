import { getServerCaller } from "~/server/caller";
import { jsonError, respondWithError } from "../respond";

// The payment file goes through the same procedure and checks as the page; each download is audited.
export async function GET(request: Request) {
  const params = new URL(request.url).searchParams;
  const runId = params.get("run") ?? "";
  const layoutId = params.get("layout") ?? "";
  if (!runId || !layoutId) return jsonError(400, "run and layout are required");
  try {
    const caller = await getServerCaller();
    const file = await caller.financeRuns.paymentFile({ runId, layoutId });
    return new Response(file.csv, {
      headers: {
        "content-type": "text/csv; charset=utf-8",
        "content-disposition": `attachment; filename="${file.fileName}"`,
      },
    });
  } catch (error) {
    return respondWithError(error, "payment file");
  }
}
