import { PDFDocument, StandardFonts } from "pdf-lib";
import { groupOfferBlocks } from "@pb/reports";
import type { LocalOfferView } from "./read-local-offer";
import { LetterWriter, MUTED, makeEncodable, type Style } from "../cases/letters/render-letter-pdf";

/** The Local Offer page as PDF bytes: the same sections, lines and versions as the page, by the letters' writer. */
export async function renderLocalOfferPdf(page: LocalOfferView): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  doc.setTitle(`Personal budgets: ${page.councilName}`);
  doc.setAuthor(page.councilName);
  doc.setLanguage("en-GB");
  const regular = await doc.embedFont(StandardFonts.Helvetica);
  const bold = await doc.embedFont(StandardFonts.HelveticaBold);
  const w = new LetterWriter(doc, makeEncodable(regular));
  const body: Style = { font: regular, size: 11 };
  const item: Style = { ...body, indent: 14, after: 3 };

  w.write(`${page.councilName}: Local Offer`, { font: bold, size: 14, after: 4 });
  w.write("Personal budgets", { font: bold, size: 18 });
  w.write(
    `${page.councilName}'s personal budgets policy, in force from ${page.offer.effectiveFromText} (version ${page.versionNumber}).`,
    { ...body, color: MUTED },
  );
  w.rule();
  for (const section of page.offer.sections) {
    w.write(section.heading, { font: bold, size: 14, after: 4 });
    for (const part of groupOfferBlocks(section.blocks)) {
      if (part.kind === "list") for (const entry of part.items) w.write(`• ${entry.text}`, item);
      else if (part.kind === "subheading") w.write(part.block.text, { font: bold, size: 12, after: 3 });
      else w.write(part.block.text, body);
    }
  }
  w.write("Versions of this policy", { font: bold, size: 14, after: 4 });
  const entries = [
    ...page.upcoming.map((e) => ({ e, when: `takes effect on ${e.effectiveFromText}` })),
    ...page.history.map((e, i) => ({
      e,
      when: e.untilText
        ? `in force from ${e.effectiveFromText} to ${e.untilText}`
        : i === 0
          ? `in force from ${e.effectiveFromText} (this version)`
          : `from ${e.effectiveFromText}`,
    })),
  ];
  for (const { e, when } of entries) {
    w.write(`Version ${e.versionNumber}, ${when}.`, { font: bold, size: 11, after: 3 });
    if (e.changes === null) w.write("The first version published here.", item);
    else if (e.changes.length === 0) w.write("No change to what this page says.", item);
    else for (const change of e.changes) w.write(`• ${change}`, item);
  }
  return doc.save();
}
