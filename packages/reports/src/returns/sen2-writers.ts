import { formatCsvRow } from "../csv";
import type { Sen2Record } from "./sen2-records";
import { SEN2_REFERENCE_CARRIER, SEN2_SPEC } from "./sen2-spec";
import type { Sen2Header } from "./sen2-validate";
import { STATUTORY_CLASSIFICATION } from "./statutory-label";

/**
 * The CSV's columns: the header's LEA and ReferenceDate, the council's reference (an extra column,
 * not a SEN2 item, to match on), then the named plan's items in the collection's order.
 */
export const SEN2_CSV_COLUMNS = ["LEA", "ReferenceDate", SEN2_REFERENCE_CARRIER.csvColumn, "StartDate", "PB", "OA", "DP"] as const;

/** The SEN2 records as CSV, one row per person, indicators as the collection writes them (RFC 4180, CRLF). */
export function writeSen2Csv(header: Sen2Header, records: readonly Sen2Record[]): string {
  return formatCsvRow(SEN2_CSV_COLUMNS) + records.map((r) => formatCsvRow([header.laNumber, header.censusDate, r.reference, r.planStartDate, r.pb, r.oa, r.dp])).join("");
}

// XML 1.0 allows tab, newline, carriage return and everything from space up, less the surrogates and U+FFFE/F.
const NOT_XML_CHARACTER = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD]/g;

/** Text for an element: markup escaped, characters XML cannot carry dropped. */
export function escapeXmlText(value: string): string {
  return value.replace(NOT_XML_CHARACTER, "").replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;").replace(/'/g, "&apos;");
}

/**
 * A reference as a comment's text, reversibly: XML forbids "--" inside a comment, and a reader looking
 * for elements must not find any in it, so "%", "<", ">" and a "-" followed by another are
 * percent-encoded (decodeURIComponent undoes it); a plain "REF-001" stays as it is.
 */
export function encodeXmlCommentText(value: string): string {
  return value.replace(NOT_XML_CHARACTER, "").replace(/%/g, "%25").replace(/</g, "%3C").replace(/>/g, "%3E").replace(/-(?=-)/g, "%2D");
}

const element = (name: string, value: string | number | null, indent: string) => (value === null ? "" : `${indent}<${name}>${escapeXmlText(String(value))}</${name}>\n`);

/**
 * The SEN2 file as the collection's XML (UTF-8): the header's collection details and source, then a
 * Person per record, Requests > Assessment > NamedPlan holding the plan's start date and personal
 * budget indicators (the product records no request or assessment items, so those elements are
 * empty but for the path). The XML has no item for the council's reference or a label, so each is a
 * comment: the reference first in its Person, the security classification before the root.
 */
export function writeSen2Xml(header: Sen2Header, records: readonly Sen2Record[], madeAt: string): string {
  const persons = records.map((r) => [
    "    <Person>\n",
    `      <!-- ${SEN2_REFERENCE_CARRIER.xmlCommentLabel} ${encodeXmlCommentText(r.reference)} -->\n`,
    "      <Requests>\n",
    "        <Assessment>\n",
    "          <NamedPlan>\n",
    element("StartDate", r.planStartDate, "            "),
    element("PB", r.pb, "            "),
    element("OA", r.oa, "            "),
    element("DP", r.dp, "            "),
    "          </NamedPlan>\n",
    "        </Assessment>\n",
    "      </Requests>\n",
    "    </Person>\n",
  ].join(""));
  return [
    '<?xml version="1.0" encoding="UTF-8"?>\n',
    `<!-- ${STATUTORY_CLASSIFICATION}: ${SEN2_SPEC.collection} return for census date ${header.censusDate} -->\n`,
    "<Message>\n",
    "  <Header>\n",
    "    <CollectionDetails>\n",
    element("Collection", header.collection, "      "),
    element("Year", header.year, "      "),
    element("ReferenceDate", header.censusDate, "      "),
    "    </CollectionDetails>\n",
    "    <Source>\n",
    element("SourceLevel", SEN2_SPEC.sourceLevel, "      "),
    element("LEA", header.laNumber, "      "),
    element("SoftwareCode", SEN2_SPEC.softwareCode, "      "),
    element("Release", "1", "      "),
    element("SerialNo", "1", "      "),
    element("DateTime", madeAt.slice(0, 19), "      "),
    "    </Source>\n",
    "  </Header>\n",
    "  <Persons>\n",
    ...persons,
    "  </Persons>\n",
    "</Message>\n",
  ].join("");
}
