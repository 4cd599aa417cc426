import type { Sen2Record } from "./sen2-records";
import type { Sen2Header } from "./sen2-validate";

/** A SEN2 file read back: its header and, per person, the items validateSen2 checks. */
export type Sen2FileContents = { header: Sen2Header; persons: Pick<Sen2Record, "reference" | "planStartDate" | "pbType" | "pbElement">[] };

const unescape = (text: string) => text.replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, "&");

function readElement(xml: string, name: string): string | null {
  const match = new RegExp(`<${name}>([^<]*)</${name}>`).exec(xml);
  return match ? unescape(match[1] ?? "") : null;
}

/**
 * Reads a SEN2 file in the shape writeSen2Xml writes (Message > Header > CollectionDetails, Source;
 * Persons > Person > NamedPlan > PersonalBudget), so that a file, not only the records it was made
 * from, can be checked against the collection's rules. Throws on a file without that shape.
 */
export function readSen2Xml(xml: string): Sen2FileContents {
  if (!/^<\?xml version="1\.0" encoding="UTF-8"\?>/.test(xml)) throw new Error("not a UTF-8 XML file");
  const headerXml = /<Header>([\s\S]*?)<\/Header>/.exec(xml)?.[1];
  if (!headerXml || !/<Message>[\s\S]*<\/Message>\s*$/.test(xml)) throw new Error("no Message with a Header");
  if (readElement(headerXml, "Collection") !== "SEN2") throw new Error("not a SEN2 collection");
  const header: Sen2Header = {
    year: Number(readElement(headerXml, "Year")),
    censusDate: readElement(headerXml, "ReferenceDate") ?? "",
    laNumber: readElement(headerXml, "LEA") ?? "",
  };
  const persons = [...xml.matchAll(/<Person>([\s\S]*?)<\/Person>/g)].map(([, body = ""]) => ({
    reference: readElement(body, "LAReference") ?? "",
    planStartDate: readElement(body, "StartDate"),
    pbType: readElement(body, "PBType") ?? "",
    pbElement: readElement(body, "PBElement") ?? "",
  }));
  return { header, persons };
}
