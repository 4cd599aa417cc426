import { renderReviewPackPdf } from "@pb/services";
import { getServerCaller } from "~/server/caller";
import { attachmentHeaders, respondToError } from "../respond";

export const dynamic = "force-dynamic";

/** The policy review pack as a PDF: the same procedure, and so the same content, as the printable page. */
export async function GET(request: Request) {
  const params = new URL(request.url).searchParams;
  try {
    const caller = await getServerCaller();
    const pack = await caller.exports.reviewPack({ from: params.get("from") ?? "", to: params.get("to") ?? "" });
    const pdf = await renderReviewPackPdf(pack);
    return new Response(Buffer.from(pdf), { headers: attachmentHeaders(`policy-review-pack-${pack.about.from}-to-${pack.about.to}.pdf`, "application/pdf") });
  } catch (error) {
    return respondToError(error, "review pack");
  }
}
