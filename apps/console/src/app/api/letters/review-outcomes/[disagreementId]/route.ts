import { getServerCaller } from "~/server/caller";
import { letterPdfResponse } from "../../letter-pdf-response";
import { letterFileName, renderFamilyLetterPdf } from "@pb/services";

export async function GET(_request: Request, { params }: { params: Promise<{ disagreementId: string }> }) {
  const { disagreementId } = await params;
  return letterPdfResponse("review outcome letter", async () => {
    const { letter } = await (await getServerCaller()).disagreements.outcomeLetter({ disagreementId });
    return { bytes: await renderFamilyLetterPdf(letter), name: letterFileName("review-outcome", letter.childReference, letter.dateIso) };
  });
}
