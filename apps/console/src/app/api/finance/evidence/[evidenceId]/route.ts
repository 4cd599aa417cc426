import { getServerCaller } from "~/server/caller";
import { respondWithError } from "../../respond";

/** Opens an evidence file for the finance officer, with the type it was stored as (judged by its bytes). */
export async function GET(_request: Request, context: { params: Promise<{ evidenceId: string }> }) {
  const { evidenceId } = await context.params;
  try {
    const caller = await getServerCaller();
    const file = await caller.financeReturns.evidence({ evidenceId });
    return new Response(Buffer.from(file.contentBase64, "base64"), {
      headers: {
        "content-type": file.mediaType,
        "content-disposition": `attachment; filename="${file.fileName}"`,
      },
    });
  } catch (error) {
    return respondWithError(error, "evidence download");
  }
}
