import { FinanceFileError } from "./csv-error";
import { findInvalidUtf8 } from "./utf8";

export const EVIDENCE_TYPES = {
  "application/pdf": { extension: "pdf", label: "PDF" },
  "image/png": { extension: "png", label: "PNG image" },
  "image/jpeg": { extension: "jpg", label: "JPEG image" },
  "text/csv": { extension: "csv", label: "CSV file" },
} as const;
export type EvidenceType = keyof typeof EVIDENCE_TYPES;

/** 5 MB: a phone photo of a receipt or a few pages of statement fit well within it. */
export const EVIDENCE_MAX_BYTES = 5 * 1024 * 1024;

const startsWith = (bytes: Uint8Array, signature: readonly number[]) => signature.every((b, i) => bytes[i] === b);

/** CSV has no magic number: valid UTF-8 text, no control characters but tab and line ends, and a comma in its first line. */
function looksLikeCsv(bytes: Uint8Array): boolean {
  if (findInvalidUtf8(bytes) >= 0) return false;
  for (const b of bytes) if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d) return false;
  const text = new TextDecoder().decode(bytes.subarray(0, 4096)).replace(/^\uFEFF/, "");
  const firstLine = text.split(/\r?\n|\r/)[0] ?? "";
  return firstLine.includes(",");
}

/** The file's type judged by its content (magic bytes), never by its name; null when it is none of the four. */
export function sniffEvidenceType(bytes: Uint8Array): EvidenceType | null {
  if (startsWith(bytes, [0x25, 0x50, 0x44, 0x46, 0x2d])) return "application/pdf"; // %PDF-
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return "image/png";
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return "image/jpeg";
  if (looksLikeCsv(bytes)) return "text/csv";
  return null;
}

/** Checks an evidence file's size and type; throws a FinanceFileError naming what is wrong. */
export function checkEvidenceFile(bytes: Uint8Array, maxBytes = EVIDENCE_MAX_BYTES): { mediaType: EvidenceType } {
  if (bytes.length === 0) throw new FinanceFileError("file", "is empty");
  if (bytes.length > maxBytes) throw new FinanceFileError("file", `is ${Math.ceil(bytes.length / 1024)} KB; the limit is ${Math.floor(maxBytes / 1024)} KB`);
  const mediaType = sniffEvidenceType(bytes);
  if (!mediaType) throw new FinanceFileError("file", "is not a PDF, PNG, JPEG or CSV file (judged by its content, not its name)");
  return { mediaType };
}

/** A file name safe to show and to send back in a download header: no path, no control or quote characters. */
export function cleanFileName(name: string, mediaType: EvidenceType): string {
  const base = name.split(/[\\/]/).pop() ?? "";
  const cleaned = base.replace(/[^A-Za-z0-9 ._()-]/g, "_").replace(/^[.\s]+/, "").slice(0, 100).trim();
  return cleaned || `evidence.${EVIDENCE_TYPES[mediaType].extension}`;
}
