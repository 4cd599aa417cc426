import { readFileSync } from "node:fs";
import { inflateRawSync } from "node:zlib";

/** The files inside a zip (an XLSX), read from its central directory: enough for the parts a workbook writer stores or deflates. */
export function readZipEntries(zip: Buffer): Map<string, string> {
  const end = zip.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  if (end < 0) throw new Error("not a zip file");
  const count = zip.readUInt16LE(end + 10);
  let at = zip.readUInt32LE(end + 16);
  const entries = new Map<string, string>();
  for (let i = 0; i < count; i++) {
    if (zip.readUInt32LE(at) !== 0x02014b50) throw new Error("a broken zip directory");
    const method = zip.readUInt16LE(at + 10);
    const size = zip.readUInt32LE(at + 20);
    const nameLength = zip.readUInt16LE(at + 28);
    const extraLength = zip.readUInt16LE(at + 30);
    const commentLength = zip.readUInt16LE(at + 32);
    const local = zip.readUInt32LE(at + 42);
    const name = zip.toString("utf8", at + 46, at + 46 + nameLength).replace(/^\//, "");
    const start = local + 30 + zip.readUInt16LE(local + 26) + zip.readUInt16LE(local + 28);
    const data = zip.subarray(start, start + size);
    entries.set(name, (method === 8 ? inflateRawSync(data) : data).toString("utf8"));
    at += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

/** Each sheet of an XLSX by name, as its XML states it: the rows frozen at the top, its filter, and the filter's defined name. */
export type SheetSetup = { frozenRows: number | null; autoFilter: string | null; filterName: string | null };

export function readSheetSetup(path: string): Map<string, SheetSetup> {
  const parts = readZipEntries(readFileSync(path));
  const workbook = parts.get("xl/workbook.xml") ?? "";
  const rels = parts.get("xl/_rels/workbook.xml.rels") ?? "";
  const targets = new Map([...rels.matchAll(/<Relationship ([^>]*)\/>/g)].map((r) => [/Id="([^"]+)"/.exec(r[1] ?? "")?.[1], /Target="([^"]+)"/.exec(r[1] ?? "")?.[1]]));
  const filterNames = new Map([...workbook.matchAll(/<definedName name="_xlnm._FilterDatabase" localSheetId="(\d+)"[^>]*>([^<]*)<\/definedName>/g)].map((d) => [Number(d[1]), (d[2] ?? "").replace(/&apos;/g, "'")]));
  const out = new Map<string, SheetSetup>();
  [...workbook.matchAll(/<sheet ([^>]*)\/>/g)].forEach((sheet, index) => {
    const attributes = sheet[1] ?? "";
    const name = (/name="([^"]+)"/.exec(attributes)?.[1] ?? "").replace(/&apos;/g, "'").replace(/&amp;/g, "&");
    const target = targets.get(/r:id="([^"]+)"/.exec(attributes)?.[1]) ?? "";
    const xml = parts.get(`xl/${target.replace(/^\/?xl\//, "")}`) ?? "";
    const pane = /<pane ([^>]*)\/>/.exec(xml)?.[1] ?? "";
    const frozen = /state="frozen"/.test(pane) ? Number(/ySplit="(\d+)"/.exec(pane)?.[1] ?? 0) : null;
    out.set(name, { frozenRows: frozen, autoFilter: /<autoFilter ref="([^"]+)"/.exec(xml)?.[1] ?? null, filterName: filterNames.get(index) ?? null });
  });
  return out;
}
