import { getServerCaller } from "~/server/caller";
import { letterPdfResponse } from "../../letter-pdf-response";
import { letterFileName, renderFamilyLetterPdf } from "@pb/services";

export async function GET(_request: Request, { params }: { params: Promise<{ cessationId: string }> }) {
  const { cessationId } = await params;
  return letterPdfResponse("cessation notice", async () => {
    const { letter } = await (await getServerCaller()).cessations.notice({ cessationId });
    return { bytes: await renderFamilyLetterPdf(letter), name: letterFileName("cessation-notice", letter.childReference, letter.dateIso) };
  });
}
