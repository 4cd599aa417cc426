import { formatCsvRow } from "../csv";
import type { Sen2Record } from "./sen2-records";
import { SEN2_SPEC } from "./sen2-spec";
import type { Sen2Header } from "./sen2-validate";
import { STATUTORY_CLASSIFICATION } from "./statutory-label";

/** The items of one record, in the collection's order: the CSV's columns and the XML's elements. */
export const SEN2_CSV_COLUMNS = ["LEA", "ReferenceDate", "LAReference", "StartDate", "PBType", "PBElement"] as const;

/** The SEN2 records as CSV, one row per person, codes as the collection codes them (RFC 4180, CRLF). */
export function writeSen2Csv(header: Sen2Header, records: readonly Sen2Record[]): string {
  return formatCsvRow(SEN2_CSV_COLUMNS) + records.map((r) => formatCsvRow([header.laNumber, header.censusDate, r.reference, r.planStartDate, r.pbType, r.pbElement])).join("");
}

// XML 1.0 allows tab, newline, carriage return and everything from space up, less the surrogates and U+FFFE/F.
const NOT_XML_CHARACTER = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD]/g;

/** Text for an element: markup escaped, characters XML cannot carry dropped. */
export function escapeXmlText(value: string): string {
  return value.replace(NOT_XML_CHARACTER, "").replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;").replace(/'/g, "&apos;");
}

const element = (name: string, value: string | number | null, indent: string) => (value === null ? "" : `${indent}<${name}>${escapeXmlText(String(value))}</${name}>\n`);

/**
 * The SEN2 file as the collection's XML (UTF-8): the header's collection details and source, then a
 * person per record with its named plan's start date and personal budget. The XML allows no label
 * element, so the security classification is a comment before the root, and is in the file name.
 */
export function writeSen2Xml(header: Sen2Header, records: readonly Sen2Record[], madeAt: string): string {
  const persons = records.map((r) => [
    "    <Person>\n",
    element("LAReference", r.reference, "      "),
    "      <NamedPlan>\n",
    element("StartDate", r.planStartDate, "        "),
    "        <PersonalBudget>\n",
    element("PBType", r.pbType, "          "),
    element("PBElement", r.pbElement, "          "),
    "        </PersonalBudget>\n",
    "      </NamedPlan>\n",
    "    </Person>\n",
  ].join(""));
  return [
    '<?xml version="1.0" encoding="UTF-8"?>\n',
    `<!-- ${STATUTORY_CLASSIFICATION}: ${SEN2_SPEC.collection} return for census date ${header.censusDate} -->\n`,
    "<Message>\n",
    "  <Header>\n",
    "    <CollectionDetails>\n",
    element("Collection", SEN2_SPEC.collection, "      "),
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
