import { PDFDocument, StandardFonts, rgb, type PDFFont, type PDFPage } from "pdf-lib";
import type { DecisionLetter, FamilyLetter, FamilyLetterSection } from "@pb/reports";

// Draws the letter model on A4 with the standard Helvetica fonts: the same words as the page. The
// console's download and the Notify sender (a letter by post) call these same functions.
const A4: [number, number] = [595.28, 841.89];
const MARGIN = 56;
const MM = 72 / 25.4;
// GOV.UK Notify prints the address through the envelope window from a fixed area of page 1 (its
// precompiled letter specification): 24.6 mm from the left, 39.5 mm to 66.3 mm from the top.
const ADDRESS_BLOCK = { left: 24.6 * MM, top: 39.5 * MM, bottom: 66.3 * MM };
const ADDRESS_SIZE = 10;
const INK = rgb(0.04, 0.05, 0.05);
const MUTED = rgb(0.31, 0.35, 0.37);

type Style = { font: PDFFont; size: number; color?: ReturnType<typeof rgb>; indent?: number; after?: number };

/** Keeps only characters the standard fonts can encode; accents fall back to the plain letter. */
function makeEncodable(font: PDFFont): (text: string) => string {
  const known = new Set(font.getCharacterSet());
  return (text) =>
    [...text]
      .map((ch) => {
        const code = ch.codePointAt(0) ?? 0;
        if (known.has(code)) return ch;
        const plain = ch.normalize("NFKD").replace(/[\u0300-\u036f]/g, "");
        return [...plain].every((c) => known.has(c.codePointAt(0) ?? 0)) ? plain : "?";
      })
      .join("");
}

function wrap(text: string, font: PDFFont, size: number, width: number): string[] {
  const lines: string[] = [];
  let line = "";
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const candidate = line ? `${line} ${word}` : word;
    if (font.widthOfTextAtSize(candidate, size) <= width) {
      line = candidate;
      continue;
    }
    if (line) lines.push(line);
    line = word;
    while (font.widthOfTextAtSize(line, size) > width && line.length > 1) {
      let cut = line.length - 1;
      while (cut > 1 && font.widthOfTextAtSize(line.slice(0, cut), size) > width) cut--;
      lines.push(line.slice(0, cut));
      line = line.slice(cut);
    }
  }
  if (line) lines.push(line);
  return lines;
}

class LetterWriter {
  private page: PDFPage;
  private y: number;
  constructor(
    private readonly doc: PDFDocument,
    private readonly encode: (text: string) => string,
  ) {
    this.page = doc.addPage(A4);
    this.y = A4[1] - MARGIN;
  }

  /** A letter to post: the address in Notify's address area, the letter going on below it. */
  address(lines: readonly string[], font: PDFFont): void {
    let y = A4[1] - ADDRESS_BLOCK.top;
    for (const line of lines) {
      y -= ADDRESS_SIZE * 1.2;
      this.page.drawText(this.encode(line), { x: ADDRESS_BLOCK.left, y, size: ADDRESS_SIZE, font, color: INK });
    }
    this.y = A4[1] - ADDRESS_BLOCK.bottom - 12;
  }

  write(text: string, style: Style): void {
    const indent = style.indent ?? 0;
    const leading = style.size * 1.35;
    for (const line of wrap(this.encode(text), style.font, style.size, A4[0] - 2 * MARGIN - indent)) {
      if (this.y - leading < MARGIN) {
        this.page = this.doc.addPage(A4);
        this.y = A4[1] - MARGIN;
      }
      this.y -= leading;
      this.page.drawText(line, { x: MARGIN + indent, y: this.y, size: style.size, font: style.font, color: style.color ?? INK });
    }
    this.y -= style.after ?? style.size * 0.6;
  }

  rule(): void {
    this.page.drawLine({ start: { x: MARGIN, y: this.y }, end: { x: A4[0] - MARGIN, y: this.y }, thickness: 1, color: INK });
    this.y -= 12;
  }
}

type LetterHead = Pick<DecisionLetter, "title" | "councilName" | "dateText" | "childReference" | "childName" | "salutation" | "opening">;

/** How the PDF is laid out: for posting, the family's address block (at most 7 lines, the postcode last). */
export type LetterPdfOptions = { address?: readonly string[] };

/** A new A4 document with a letter's head written: the council, date, reference, title, child and opening. */
async function startLetter(letter: LetterHead, options: LetterPdfOptions) {
  const doc = await PDFDocument.create();
  doc.setTitle(letter.title);
  doc.setAuthor(letter.councilName);
  doc.setLanguage("en-GB");
  const regular = await doc.embedFont(StandardFonts.Helvetica);
  const bold = await doc.embedFont(StandardFonts.HelveticaBold);
  const w = new LetterWriter(doc, makeEncodable(regular));
  const body: Style = { font: regular, size: 11 };
  const source: Style = { font: regular, size: 9, color: MUTED, indent: 14 };

  if (options.address?.length) w.address(options.address, regular);
  w.write(letter.councilName, { font: bold, size: 14, after: 4 });
  w.write(letter.dateText, { ...body, after: 2 });
  w.write(`Our reference: ${letter.childReference}`, body);
  w.rule();
  w.write(letter.title, { font: bold, size: 16 });
  w.write(`Child or young person: ${letter.childName}`, body);
  w.write(letter.salutation, body);
  for (const text of letter.opening) w.write(text, body);
  return { doc, w, regular, bold, body, source };
}

/** The decision letter as PDF bytes; the caller has already checked who may have it. */
export async function renderLetterPdf(letter: DecisionLetter, options: LetterPdfOptions = {}): Promise<Uint8Array> {
  const { doc, w, bold, body, source } = await startLetter(letter, options);
  w.write("What we decided", { font: bold, size: 13 });
  for (const line of letter.lines) {
    w.write(line.heading, { font: bold, size: 12, after: 4 });
    w.write(`${line.outcomeText}. ${line.summary}`, body);
    for (const term of line.terms) w.write(`${term.label}: ${term.value}`, { ...body, indent: 14, after: 3 });
    if (line.reasonsHeading) {
      w.write(line.reasonsHeading, { font: bold, size: 11, after: 3 });
      line.reasons.forEach((reason, i) => {
        w.write(`${i + 1}. ${reason.text}`, { ...body, indent: 14, after: 2 });
        w.write(`(Source: ${reason.source})`, source);
      });
    }
  }
  if (letter.reviewBy) w.write(letter.reviewBy.callout, { font: bold, size: 11 });
  for (const section of letter.rights) writeSection(w, { ...section, terms: [] }, { bold, body, source });
  writeSignOff(w, letter.signOff, body);
  return doc.save();
}

/** One section of a letter: its heading, its terms, then its paragraphs each with the rule it rests on. */
function writeSection(w: LetterWriter, section: FamilyLetterSection, styles: { bold: PDFFont; body: Style; source: Style }): void {
  w.write(section.heading, { font: styles.bold, size: 13, after: 4 });
  for (const term of section.terms) w.write(`${term.label}: ${term.value}`, { ...styles.body, indent: 14, after: 3 });
  for (const p of section.paragraphs) {
    w.write(p.text, { ...styles.body, after: p.source ? 2 : undefined });
    if (p.source) w.write(`(Source: ${p.source})`, styles.source);
  }
}

function writeSignOff(w: LetterWriter, lines: readonly string[], body: Style): void {
  w.write(lines[0] ?? "", body);
  for (const text of lines.slice(1)) w.write(text, { ...body, after: 2 });
}

/** A cessation notice or the outcome of a review as PDF bytes, written as the decision letter is. */
export async function renderFamilyLetterPdf(letter: FamilyLetter, options: LetterPdfOptions = {}): Promise<Uint8Array> {
  const { doc, w, bold, body, source } = await startLetter(letter, options);
  for (const section of letter.sections) writeSection(w, section, { bold, body, source });
  writeSignOff(w, letter.signOff, body);
  return doc.save();
}
