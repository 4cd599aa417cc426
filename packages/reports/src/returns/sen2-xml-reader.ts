import type { Sen2Record } from "./sen2-records";
import { SEN2_REFERENCE_CARRIER } from "./sen2-spec";
import type { Sen2Header } from "./sen2-validate";

/** A SEN2 file read back: its header and, per person, the items validateSen2 checks. */
export type Sen2FileContents = { header: Sen2Header; persons: Pick<Sen2Record, "reference" | "planStartDate" | "pb" | "oa" | "dp">[] };

const unescape = (text: string) => text.replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, "&");

function readElement(xml: string, name: string): string | null {
  const match = new RegExp(`<${name}>([^<]*)</${name}>`).exec(xml);
  return match ? unescape(match[1] ?? "") : null;
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
const REFERENCE_COMMENT = new RegExp(`<!-- ${escapeRegExp(SEN2_REFERENCE_CARRIER.xmlCommentLabel)} ([\\s\\S]*?) -->`);

/** The council's reference from its comment (encodeXmlCommentText undone); "" when there is none or it is not well encoded. */
function readReference(personXml: string): string {
  const encoded = REFERENCE_COMMENT.exec(personXml)?.[1];
  if (encoded === undefined) return "";
  try {
    return decodeURIComponent(encoded);
  } catch {
    return "";
  }
}

/**
 * Reads a SEN2 file in the shape writeSen2Xml writes (Message > Header > CollectionDetails, Source;
 * Persons > Person > Requests > Assessment > NamedPlan, the reference in a comment), so that a file,
 * not only the records it was made from, can be checked against the collection's rules (the
 * collection named in the header included). Throws on a file without a Message and its Header.
 */
export function readSen2Xml(xml: string): Sen2FileContents {
  if (!/^<\?xml version="1\.0" encoding="UTF-8"\?>/.test(xml)) throw new Error("not a UTF-8 XML file");
  const headerXml = /<Header>([\s\S]*?)<\/Header>/.exec(xml)?.[1];
  if (!headerXml || !/<Message>[\s\S]*<\/Message>\s*$/.test(xml)) throw new Error("no Message with a Header");
  const header: Sen2Header = {
    collection: readElement(headerXml, "Collection") ?? "",
    year: Number(readElement(headerXml, "Year")),
    censusDate: readElement(headerXml, "ReferenceDate") ?? "",
    laNumber: readElement(headerXml, "LEA") ?? "",
  };
  const persons = [...xml.matchAll(/<Person>([\s\S]*?)<\/Person>/g)].map(([, body = ""]) => {
    const namedPlan = /<Requests>[\s\S]*?<Assessment>[\s\S]*?<NamedPlan>([\s\S]*?)<\/NamedPlan>/.exec(body)?.[1] ?? "";
    return {
      reference: readReference(body),
      planStartDate: readElement(namedPlan, "StartDate"),
      pb: readElement(namedPlan, "PB") ?? "",
      oa: readElement(namedPlan, "OA") ?? "",
      dp: readElement(namedPlan, "DP") ?? "",
    };
  });
  return { header, persons };
}
