import { PDFDocument, rgb, StandardFonts, type PDFFont, type PDFPage } from "pdf-lib";
import {
  describePolicyChange,
  describePolicyVersion,
  findChartMaximum,
  formatCellForDisplay,
  formatColumnHeader,
  formatMadeAt,
  formatWholeNumber,
  isFigureKind,
  listTableRows,
  SUPPRESSED_TEXT,
  describeSmallNumbers,
  type ExportTable,
  type PackChart,
  type ReviewPack,
} from "@pb/reports";
import { formatPence } from "@pb/calendar";

// A4 in points, with margins a printer will not clip.
const PAGE = { width: 595.28, height: 841.89, margin: 42 };
const WIDTH = PAGE.width - 2 * PAGE.margin;
const INK = rgb(0.04, 0.05, 0.05);
const MUTED = rgb(0.31, 0.33, 0.35);
const RULE = rgb(0.7, 0.72, 0.74);
// The same colour-vision-safe palette as the dashboards.
const SERIES = [rgb(0.11, 0.44, 0.72), rgb(0.83, 0.21, 0.11), rgb(0, 0.44, 0.24), rgb(0.44, 0.24, 0.59), rgb(0.96, 0.6, 0.08), rgb(0.3, 0.3, 0.3)];

type Fonts = { regular: PDFFont; bold: PDFFont };

/** The standard PDF fonts speak Windows-1252 only: anything else becomes "?" rather than failing. */
function toWinAnsi(text: string): string {
  return text.replace(/[\u2018\u2019]/g, "'").replace(/[\u201c\u201d]/g, '"').replace(/[^\x20-\x7e\xa0-\xff£€–—…•]/g, "?");
}

class PdfCursor {
  page: PDFPage;
  y = 0;
  constructor(
    readonly doc: PDFDocument,
    readonly fonts: Fonts,
  ) {
    this.page = this.newPage();
  }
  newPage(): PDFPage {
    this.page = this.doc.addPage([PAGE.width, PAGE.height]);
    this.y = PAGE.height - PAGE.margin;
    return this.page;
  }
  ensure(height: number): void {
    if (this.y - height < PAGE.margin) this.newPage();
  }
  text(value: string, options: { size?: number; bold?: boolean; colour?: ReturnType<typeof rgb>; indent?: number } = {}): void {
    const size = options.size ?? 9;
    const font = options.bold ? this.fonts.bold : this.fonts.regular;
    for (const line of wrap(toWinAnsi(value), font, size, WIDTH - (options.indent ?? 0))) {
      this.ensure(size * 1.35);
      this.page.drawText(line, { x: PAGE.margin + (options.indent ?? 0), y: this.y - size, size, font, color: options.colour ?? INK });
      this.y -= size * 1.35;
    }
  }
  gap(points: number): void {
    this.y -= points;
  }
}

function wrap(text: string, font: PDFFont, size: number, width: number): string[] {
  const lines: string[] = [];
  let line = "";
  for (const word of text.split(/\s+/)) {
    const next = line ? `${line} ${word}` : word;
    if (font.widthOfTextAtSize(next, size) <= width || !line) line = next;
    else {
      lines.push(line);
      line = word;
    }
  }
  if (line) lines.push(line);
  return lines;
}

function fit(text: string, font: PDFFont, size: number, width: number): string {
  let out = toWinAnsi(text);
  while (out.length > 1 && font.widthOfTextAtSize(out, size) > width) out = `${out.slice(0, -2)}…`;
  return out;
}

function drawTable(cursor: PdfCursor, table: ExportTable): void {
  const { regular, bold } = cursor.fonts;
  const size = table.columns.length > 7 ? 6.5 : 7.5;
  const first = Math.min(170, WIDTH * 0.32);
  const rest = (WIDTH - first) / Math.max(1, table.columns.length - 1);
  const widths = table.columns.map((_, i) => (i === 0 ? first : rest));
  const rowHeight = size * 1.6;
  const drawRow = (cells: string[], font: PDFFont, header: boolean) => {
    cursor.ensure(rowHeight * (header ? 2 : 1));
    let x = PAGE.margin;
    cells.forEach((cell, i) => {
      const width = (widths[i] ?? rest) - 4;
      const text = fit(cell, font, size, width);
      const kind = table.columns[i]?.kind;
      const numeric = i > 0 && kind !== undefined && isFigureKind(kind);
      const dx = numeric ? width - font.widthOfTextAtSize(text, size) : 0;
      cursor.page.drawText(text, { x: x + dx, y: cursor.y - size, size, font, color: INK });
      x += widths[i] ?? rest;
    });
    cursor.y -= rowHeight;
    cursor.page.drawLine({ start: { x: PAGE.margin, y: cursor.y + 2 }, end: { x: PAGE.margin + WIDTH, y: cursor.y + 2 }, thickness: header ? 0.8 : 0.3, color: RULE });
  };
  cursor.gap(4);
  cursor.text(table.title, { size: 10, bold: true });
  drawRow(table.columns.map(formatColumnHeader), bold, true);
  const rows = listTableRows(table);
  rows.forEach((row, r) => drawRow(table.columns.map((c) => formatCellForDisplay(c, row[c.key])), table.totalRow && r === rows.length - 1 ? bold : regular, false));
  if (table.note) cursor.text(table.note, { size: 7, colour: MUTED });
  cursor.gap(8);
}

function drawChart(cursor: PdfCursor, chart: PackChart): void {
  const { regular } = cursor.fonts;
  const labelWidth = 110;
  const barWidth = WIDTH - labelWidth - 70;
  const maximum = findChartMaximum(chart);
  const barHeight = 9;
  cursor.ensure(40 + chart.categories.length * (barHeight + 4));
  cursor.text(`Chart: ${chart.title}`, { size: 10, bold: true });
  let x = PAGE.margin;
  chart.series.forEach((s, i) => {
    cursor.page.drawRectangle({ x, y: cursor.y - 8, width: 8, height: 8, color: SERIES[i % SERIES.length] });
    const label = fit(s.label, regular, 7, 110);
    cursor.page.drawText(label, { x: x + 11, y: cursor.y - 7.5, size: 7, font: regular, color: INK });
    x += 16 + regular.widthOfTextAtSize(label, 7) + 8;
  });
  cursor.y -= 14;
  chart.categories.forEach((category, c) => {
    cursor.ensure(barHeight + 4);
    cursor.page.drawText(fit(category, regular, 7, labelWidth - 6), { x: PAGE.margin, y: cursor.y - barHeight + 1.5, size: 7, font: regular, color: INK });
    let bx = PAGE.margin + labelWidth;
    let total = 0;
    let hidden = false;
    chart.series.forEach((s, i) => {
      const value = s.values[c];
      if (value === null || value === undefined) hidden = true;
      const length = maximum > 0 && value ? (Math.max(0, value) / maximum) * barWidth : 0;
      if (length > 0) cursor.page.drawRectangle({ x: bx, y: cursor.y - barHeight, width: length, height: barHeight, color: SERIES[i % SERIES.length] });
      bx += length;
      total += value ?? 0;
    });
    const label = hidden ? SUPPRESSED_TEXT : chart.unit === "pence" ? formatPence(total) : formatWholeNumber(total);
    cursor.page.drawText(label, { x: bx + 4, y: cursor.y - barHeight + 1.5, size: 7, font: regular, color: MUTED });
    cursor.y -= barHeight + 4;
  });
  cursor.gap(8);
}

/** The review pack as a PDF a manager can print for a committee: the same content as the printable page. */
export async function renderReviewPackPdf(pack: ReviewPack): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  doc.setTitle(`Policy review pack, ${pack.about.councilName}, ${pack.about.from} to ${pack.about.to}`);
  doc.setCreator("Personal budgets");
  doc.setLanguage("en-GB");
  const fonts = { regular: await doc.embedFont(StandardFonts.Helvetica), bold: await doc.embedFont(StandardFonts.HelveticaBold) };
  const cursor = new PdfCursor(doc, fonts);
  const { about } = pack;
  cursor.text("Policy review pack", { size: 20, bold: true });
  cursor.text(`${about.councilName} · ${about.periodLabel} (${about.from} to ${about.to})`, { size: 11 });
  cursor.gap(6);
  cursor.text(`Made ${formatMadeAt(about.madeAt)} by a ${about.madeByRole}. ${about.source}`, { size: 8, colour: MUTED });
  for (const row of pack.dataRows) cursor.text(`${row.label}: ${row.count === null ? `fewer than ${about.suppressionThreshold ?? ""}` : formatWholeNumber(row.count)}`, { size: 8, colour: MUTED });
  for (const [, words] of describeSmallNumbers(about)) cursor.text(words ?? "", { size: 8, colour: MUTED });
  cursor.gap(8);
  cursor.text("Policy versions in force in the period", { size: 13, bold: true });
  if (about.policyVersions.length === 0) cursor.text("No published policy was in force in this period.");
  for (const version of about.policyVersions) cursor.text(`• ${describePolicyVersion(version)}`);
  cursor.gap(4);
  cursor.text("What changed between them", { size: 11, bold: true });
  if (pack.policyChanges.length === 0) cursor.text("Only one version was in force, so nothing changed during the period.");
  for (const set of pack.policyChanges) {
    cursor.text(`Version ${set.fromVersion} to version ${set.toVersion} (from ${set.effectiveFrom}): ${set.changes.length} settings changed`, { bold: true });
    for (const change of set.changes) cursor.text(`• ${describePolicyChange(change)}`, { size: 8, indent: 8 });
  }
  for (const section of pack.sections) {
    cursor.newPage();
    cursor.text(section.title, { size: 15, bold: true });
    cursor.text(section.intro, { size: 9, colour: MUTED });
    cursor.gap(6);
    for (const chart of section.charts) drawChart(cursor, chart);
    for (const table of section.tables) drawTable(cursor, table);
  }
  const pages = doc.getPages();
  pages.forEach((page, i) => page.drawText(`Page ${i + 1} of ${pages.length}`, { x: PAGE.margin, y: PAGE.margin / 2, size: 7, font: fonts.regular, color: MUTED }));
  return doc.save();
}
