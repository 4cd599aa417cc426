import { ageOn, latestSen2CensusDateWithin, parseIsoDate } from "@pb/calendar";
import { writeAudit } from "@pb/db";
import { ARRANGEMENTS, STREAMS, type Arrangement, type Stream } from "@pb/eligibility";
import {
  STATUTORY_CLASSIFICATION,
  buildSen2Records,
  buildStatutoryAboutTable,
  buildStatutoryReturnTables,
  listQuarterEnds,
  resolvePeriod,
  SEN2_ITEMS_THE_COUNCIL_ADDS,
  SEN2_SPEC,
  splitByFinancialYear,
  statutoryFileName,
  validateSen2,
  writeSen2Csv,
  writeSen2Xml,
  type ExportAbout,
  type ExportPeriod,
  type ExportTable,
  type Sen2Header,
  type Sen2Record,
  type Sen2ValidationError,
} from "@pb/reports";
import type { ServiceContext } from "../shared/context";
import { ValidationError } from "../shared/errors";
import { listPolicyVersionsInPeriod } from "./policy-versions-in-period";
import { countBudgetMixes, sumDirectPaymentsByYear } from "./return-queries";
import { countHealthBudgetsInSpan, listSen2Children } from "./statutory-queries";

export const STATUTORY_RETURNS_TITLE = `Statutory returns (${STATUTORY_CLASSIFICATION}): SEN2 personal budgets, NHS personal health budgets, direct payments`;

/** The period and its SEN2 census date: the latest third Thursday of January in it, up to today. */
function resolveCensus(ctx: ServiceContext, period: ExportPeriod) {
  const resolved = resolvePeriod(period);
  const until = resolved.to < ctx.today ? resolved.to : ctx.today;
  const censusDate = resolved.from <= until ? latestSen2CensusDateWithin(resolved.from, until) : null;
  if (!censusDate) throw new ValidationError("period", "holds no SEN2 census date (the third Thursday of January) on or before today; choose a period that includes one");
  return { ...resolved, until, censusDate };
}

const isStream = (s: string): s is Stream => (STREAMS as readonly string[]).includes(s);
const isArrangement = (a: string): a is Arrangement => (ARRANGEMENTS as readonly string[]).includes(a);

async function loadSen2Records(ctx: ServiceContext, censusDate: string): Promise<Sen2Record[]> {
  const children = await listSen2Children(ctx.db, ctx.councilId, censusDate);
  return buildSen2Records(children.map((c) => ({
    childId: c.childId,
    reference: c.reference,
    ageOnCensusDate: ageOn(parseIsoDate(c.dateOfBirth), parseIsoDate(censusDate)),
    plan: { status: c.planStatus, issuedOn: c.planIssuedOn },
    lines: c.lines.flatMap((l) => (isStream(l.stream) && isArrangement(l.arrangement) ? [{ stream: l.stream, arrangement: l.arrangement }] : [])),
  })));
}

async function describeExport(ctx: ServiceContext, title: string, period: { label: string; from: string; to: string }, madeByRole: string, source: string): Promise<ExportAbout> {
  const council = await ctx.db.selectFrom("council").select("name").where("id", "=", ctx.councilId).executeTakeFirst();
  return {
    title, councilName: council?.name ?? "", periodLabel: period.label, from: period.from, to: period.to,
    filters: [{ label: "Period", value: period.label }],
    policyVersions: (await listPolicyVersionsInPeriod(ctx, period.from, period.to)).map(({ id: _id, ...v }) => v),
    madeAt: new Date().toISOString(), madeByRole, source, suppressionThreshold: null,
  };
}

const COUNCIL_ADDS = SEN2_ITEMS_THE_COUNCIL_ADDS.map((a, i) => ({ item: i === 0 ? "SEN2 items the council's SEN2 software adds" : "", value: `${a.item}: ${a.why}.` }));

export type StatutoryReturns = { fileStem: string; censusDate: string; about: ExportAbout; aboutTable: ExportTable; tables: ExportTable[] };

/**
 * Every statutory return of the period's census, exact: never suppressed, for the roles that submit
 * them (ACCESS.statutoryReturns), labelled OFFICIAL-SENSITIVE with the census date, and audited.
 */
export async function buildStatutoryReturns(ctx: ServiceContext, input: { period: ExportPeriod; madeByRole: string }): Promise<StatutoryReturns> {
  const period = resolveCensus(ctx, input.period);
  const sen2Records = await loadSen2Records(ctx, period.censusDate);
  const phbQuarters = [];
  for (const quarterEnd of listQuarterEnds(period.from, period.until)) {
    const yearStart = splitByFinancialYear(quarterEnd, quarterEnd)[0]?.start ?? quarterEnd;
    phbQuarters.push({
      quarterEnd,
      inPlace: await countBudgetMixes(ctx.db, ctx.councilId, quarterEnd, "health"),
      yearToDate: await countHealthBudgetsInSpan(ctx.db, ctx.councilId, yearStart, quarterEnd),
    });
  }
  const years = splitByFinancialYear(period.from, period.to);
  const labelOf = new Map(years.map((y) => [Number(y.start.slice(0, 4)), y.label]));
  const spend = await sumDirectPaymentsByYear(ctx.db, ctx.councilId, period.from, period.to);
  const tables = buildStatutoryReturnTables({
    censusDate: period.censusDate,
    sen2Records,
    phbQuarters,
    directPayments: { from: period.from, to: period.to, financialYears: years.map((y) => y.label), rows: spend.map((s) => ({ ...s, financialYear: labelOf.get(s.startYear) ?? String(s.startYear) })) },
  });
  const about = await describeExport(ctx, STATUTORY_RETURNS_TITLE, period, input.madeByRole, "EHC plans, budgets, budget lines and payments recorded in the product when the file was made. SEN2: children with an EHC plan and a personal budget line running on the census date; NHS: health stream lines at each quarter end and in the year to date.");
  await writeAudit(ctx.db, {
    councilId: ctx.councilId, actorUserId: ctx.actorUserId, action: "exports.statutoryReturns", entity: "export", entityId: "returns",
    after: { censusDate: period.censusDate, from: period.from, to: period.to, tables: tables.map((t) => t.id), sen2Children: sen2Records.length },
  });
  return {
    fileStem: statutoryFileName("returns", period.censusDate, "").replace(/\.$/, ""),
    censusDate: period.censusDate,
    about,
    aboutTable: buildStatutoryAboutTable(about, { censusDate: period.censusDate, extra: COUNCIL_ADDS }),
    tables,
  };
}

export type Sen2Return = {
  censusDate: string;
  header: Sen2Header;
  records: Sen2Record[];
  errors: Sen2ValidationError[];
  itemsTheCouncilAdds: typeof SEN2_ITEMS_THE_COUNCIL_ADDS;
  spec: typeof SEN2_SPEC;
};

/** SEN2's person-level named plan items (start date, PB, OA, DP) for the period's census, with every error the collection's rules find. */
export async function checkSen2Return(ctx: ServiceContext, input: { period: ExportPeriod; laNumber: string }): Promise<Sen2Return> {
  const { censusDate } = resolveCensus(ctx, input.period);
  const header: Sen2Header = { collection: SEN2_SPEC.collection, year: Number(censusDate.slice(0, 4)), censusDate, laNumber: input.laNumber };
  const records = await loadSen2Records(ctx, censusDate);
  return { censusDate, header, records, errors: validateSen2(header, records), itemsTheCouncilAdds: SEN2_ITEMS_THE_COUNCIL_ADDS, spec: SEN2_SPEC };
}

export type Sen2File = { fileName: string; contentType: string; body: string } | { refused: true; censusDate: string; errors: Sen2ValidationError[] };

/**
 * The SEN2 file to download, audited. The XML is the submission, so it is refused while any rule
 * fails (the errors come back for the page to list per child); the CSV is for checking and always
 * comes, with the same errors counted in the audit row.
 */
export async function downloadSen2Return(ctx: ServiceContext, input: { period: ExportPeriod; laNumber: string; format: "csv" | "xml" }): Promise<Sen2File> {
  const checked = await checkSen2Return(ctx, input);
  const refused = input.format === "xml" && checked.errors.length > 0;
  await writeAudit(ctx.db, {
    councilId: ctx.councilId, actorUserId: ctx.actorUserId, action: refused ? "exports.sen2Refused" : "exports.sen2", entity: "export", entityId: "sen2",
    after: { censusDate: checked.censusDate, format: input.format, children: checked.records.length, errors: checked.errors.length },
  });
  if (refused) return { refused: true, censusDate: checked.censusDate, errors: checked.errors };
  return input.format === "xml"
    ? { fileName: statutoryFileName("sen2", checked.censusDate, "xml"), contentType: "application/xml; charset=utf-8", body: writeSen2Xml(checked.header, checked.records, new Date().toISOString()) }
    : { fileName: statutoryFileName("sen2", checked.censusDate, "csv"), contentType: "text/csv; charset=utf-8", body: writeSen2Csv(checked.header, checked.records) };
}
