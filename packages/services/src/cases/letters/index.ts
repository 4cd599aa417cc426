export { renderLetterPdf, renderFamilyLetterPdf, type LetterPdfOptions } from "./render-letter-pdf";
export { letterFileName } from "./letter-file-name";
