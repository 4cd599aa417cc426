import { TRPCError } from "@trpc/server";
import { spendByStreamCsv } from "@pb/reports";
import { getServerCaller } from "~/server/caller";
import { respondToError } from "../respond";

// The CSV goes through the same procedure as the page, so it carries the same checks and figures.
export async function GET(request: Request) {
  const financialYear = new URL(request.url).searchParams.get("fy") ?? "";
  try {
    const caller = await getServerCaller();
    const spend = await caller.dashboard.spendByStream({ financialYear });
    return new Response(spendByStreamCsv(spend), {
      headers: {
        "content-type": "text/csv; charset=utf-8",
        "content-disposition": `attachment; filename="spend-by-stream-${spend.financialYear}.csv"`,
      },
    });
  } catch (error) {
    if (error instanceof TRPCError && error.code === "BAD_REQUEST") return new Response("fy: must be a financial year such as 2025-26", { status: 400 });
    return respondToError(error, "spend-by-stream");
  }
}
