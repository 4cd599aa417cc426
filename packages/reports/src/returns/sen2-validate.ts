import { sen2CensusDate } from "@pb/calendar";
import type { Sen2Record } from "./sen2-records";
import { SEN2_INDICATOR_VALUES, SEN2_PB_ITEMS, SEN2_SPEC, type Sen2PbItem } from "./sen2-spec";

/** The header of a SEN2 file: the collection, its year, its census (reference) date and the council's DfE LA number. */
export type Sen2Header = { collection: string; year: number; censusDate: string; laNumber: string };

/**
 * One broken rule. `rule` is this product's name for the check (the spec's own error numbers are
 * not reproduced); a child is named by reference and id only, never by name.
 */
export type Sen2ValidationError = {
  rule: string;
  item: string;
  message: string;
  child: { childId: string; reference: string } | null;
};

/** Plan statuses in which an EHC plan has been issued and is maintained: a named plan on the census date. */
const ISSUED_STATUSES = ["final", "annual_review", "reassessment"];
const MAX_AGE = 25;

function checkHeader(header: Sen2Header): Sen2ValidationError[] {
  const errors: Sen2ValidationError[] = [];
  if (header.collection !== SEN2_SPEC.collection) {
    errors.push({ rule: "SEN2-H3", item: "Collection", child: null, message: `The collection is "${header.collection}": this file is for ${SEN2_SPEC.collection}.` });
  }
  if (header.censusDate !== sen2CensusDate(header.year)) {
    errors.push({ rule: "SEN2-H1", item: "ReferenceDate", child: null, message: `The reference date ${header.censusDate} is not the ${header.year} census date (${sen2CensusDate(header.year)}, the third Thursday of January).` });
  }
  if (!/^\d{3}$/.test(header.laNumber)) {
    errors.push({ rule: "SEN2-H2", item: "LEA", child: null, message: "The local authority number must be the council's three-digit DfE LA number." });
  }
  return errors;
}

function checkRecord(record: Sen2Record, censusDate: string): Omit<Sen2ValidationError, "child">[] {
  const errors: Omit<Sen2ValidationError, "child">[] = [];
  if (!ISSUED_STATUSES.includes(record.planStatus)) {
    errors.push({ rule: "SEN2-N3", item: "NamedPlan", message: `The EHC plan is ${record.planStatus.replace(/_/g, " ")} on the census date: only an issued plan is a named plan.` });
  }
  if (record.planStartDate === null) {
    errors.push({ rule: "SEN2-N1", item: "StartDate", message: "The EHC plan has no start (issue) date." });
  } else if (record.planStartDate > censusDate) {
    errors.push({ rule: "SEN2-N2", item: "StartDate", message: `The EHC plan starts on ${record.planStartDate}, after the census date.` });
  }
  if (record.ageOnCensusDate < 0 || record.ageOnCensusDate > MAX_AGE) {
    errors.push({ rule: "SEN2-P2", item: "PersonBirthDate", message: `The child is ${record.ageOnCensusDate} on the census date: SEN2 covers ages 0 to 25.` });
  }
  const values: Record<Sen2PbItem, string> = { PB: record.pb, OA: record.oa, DP: record.dp };
  const notIndicator = SEN2_PB_ITEMS.filter((item) => !(SEN2_INDICATOR_VALUES as readonly string[]).includes(values[item]));
  for (const item of notIndicator) {
    errors.push({ rule: "SEN2-B1", item, message: `${item} is "${values[item]}": it must be 1 or 0.` });
  }
  // The rules between the indicators only mean something once each is 1 or 0.
  if (notIndicator.length > 0) return errors;
  if (record.pb === "0" && (record.oa === "1" || record.dp === "1")) {
    errors.push({ rule: "SEN2-B2", item: "PB", message: "PB is 0 but OA or DP is 1: a budget held as organised arrangements or direct payments is a personal budget (PB 1)." });
  }
  if (record.pb === "1" && record.oa === "0" && record.dp === "0") {
    errors.push({ rule: "SEN2-B3", item: "PB", message: "PB is 1 but neither OA nor DP is 1: say how the personal budget is held." });
  }
  return errors;
}

/**
 * The collection's rules that apply to the items this file carries: the header (collection, census
 * date, LA number), one Person per reference, the named plan issued and started by the census date,
 * ages 0 to 25, and the personal budget indicators (each 1 or 0; PB 1 exactly when OA or DP is 1).
 * Returns every error, file-level first, then per child.
 */
export function validateSen2(header: Sen2Header, records: readonly Sen2Record[]): Sen2ValidationError[] {
  const errors = checkHeader(header);
  const seen = new Set<string>();
  for (const record of records) {
    const child = { childId: record.childId, reference: record.reference };
    if (record.reference.trim() === "") errors.push({ rule: "SEN2-P1", item: "Reference", child, message: "The child has no council reference to match the record on." });
    else if (seen.has(record.reference)) errors.push({ rule: "SEN2-P1", item: "Reference", child, message: `The reference ${record.reference} appears more than once: one record per person.` });
    seen.add(record.reference);
    for (const error of checkRecord(record, header.censusDate)) errors.push({ ...error, child });
  }
  return errors;
}

/** Errors grouped by child (file-level errors under null), in the order they were found: what the page lists. */
export function groupSen2ErrorsByChild(errors: readonly Sen2ValidationError[]): { child: Sen2ValidationError["child"]; errors: Sen2ValidationError[] }[] {
  const groups = new Map<string, { child: Sen2ValidationError["child"]; errors: Sen2ValidationError[] }>();
  for (const error of errors) {
    const key = error.child?.childId ?? "";
    const group = groups.get(key) ?? { child: error.child, errors: [] };
    group.errors.push(error);
    groups.set(key, group);
  }
  return [...groups.values()];
}
