import type { MessageKindCode } from "@pb/db";
import type { ServiceContext } from "../shared/context";
import { getDecisionLetter } from "../cases/decisions/get-decision-letter";
import { getCessationNotice } from "../cases/cessations/get-cessation-notice";
import { getDisagreementOutcomeLetter } from "../cases/disagreements/get-disagreement-outcome-letter";
import { letterFileName } from "../cases/letters/letter-file-name";
import { renderFamilyLetterPdf, renderLetterPdf, type LetterPdfOptions } from "../cases/letters/render-letter-pdf";

export type LetterPdf = { pdf: Uint8Array; filename: string };
type LetterSource = (ctx: ServiceContext, subjectId: string, options: LetterPdfOptions) => Promise<LetterPdf>;

/**
 * The letter a message carries, drawn by the same functions as the console's printable letter and
 * its PDF download: attached to the email, or posted (with the address block) as a precompiled letter.
 * A kind with no entry has no letter yet: it goes by email only.
 */
export const LETTER_SOURCES: Partial<Record<MessageKindCode, LetterSource>> = {
  decision_letter: async (ctx, decisionId, options) => {
    const { letter } = await getDecisionLetter(ctx, { decisionId });
    return { pdf: await renderLetterPdf(letter, options), filename: letterFileName("decision-letter", letter.childReference, letter.dateIso) };
  },
  cessation_notice: async (ctx, cessationId, options) => {
    const { letter } = await getCessationNotice(ctx, { cessationId });
    return { pdf: await renderFamilyLetterPdf(letter, options), filename: letterFileName("cessation-notice", letter.childReference, letter.dateIso) };
  },
  disagreement_outcome: async (ctx, disagreementId, options) => {
    const { letter } = await getDisagreementOutcomeLetter(ctx, { disagreementId });
    return { pdf: await renderFamilyLetterPdf(letter, options), filename: letterFileName("review-outcome", letter.childReference, letter.dateIso) };
  },
};
