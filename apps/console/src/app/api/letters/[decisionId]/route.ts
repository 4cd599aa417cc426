import { getServerCaller } from "~/server/caller";
import { letterPdfResponse } from "../letter-pdf-response";
import { letterFileName, renderLetterPdf } from "@pb/services";

// The PDF comes from the same procedure and letter model as the page, so it carries the same checks and words.
export async function GET(_request: Request, { params }: { params: Promise<{ decisionId: string }> }) {
  const { decisionId } = await params;
  return letterPdfResponse("decision letter", async () => {
    const { letter } = await (await getServerCaller()).decisions.letter({ decisionId });
    return { bytes: await renderLetterPdf(letter), name: letterFileName("decision-letter", letter.childReference, letter.dateIso) };
  });
}
