import { writeAudit } from "@pb/db";
import { AMOUNT_BAND_LABELS, buildAboutTable, describeExtractPrivacy, GENERALISATION_WORDS, resolvePeriod, type ExportPeriod, type ExportTable, type ExtractPrivacy } from "@pb/reports";
import type { ServiceContext } from "../shared/context";
import { checkPolicyVersionFilter, describeFilterParts, NO_POLICY_VERSION, type FilterParts } from "../dashboards/dashboard-filter";
import { EXTRACTS, type ExtractFilter, type ExtractKind } from "./extract-definitions";
import { countExtractRows, type ExtractFormat } from "./extract-stream";
import { countGeneralised, type GeneralisedCounts } from "./extract-generalised";
import { getExportSettings } from "./export-settings";
import { listPolicyVersionsInPeriod } from "./policy-versions-in-period";
import { getPseudonymSecret } from "./pseudonym";

export type PreparedExtract = FilterParts & {
  councilId: string;
  kind: ExtractKind;
  format: ExtractFormat;
  privacy: ExtractPrivacy;
  /** Coarsened rows: the fewest children sharing every row's values, the council's small-count threshold. */
  groupSize?: number;
  from: string;
  to: string;
  rowCount: number;
  fileName: string;
  about: ExportTable;
};

export type ExtractOrder = FilterParts & { kind: ExtractKind; format: ExtractFormat; privacy: ExtractPrivacy; period: ExportPeriod; madeByRole: string };

const ROWS_WORDS: Record<ExtractKind, string> = {
  payments: "Payments due in the period; age band and policy version on the day each is due",
  "budget-lines": "Budget lines in force on any day of the period; age band and policy version on the day each starts",
};

const CHILDREN_WORDS: Record<ExtractPrivacy, string> = {
  pseudonymised: "Pseudonymised with this council's own key: the same child has the same pseudonym in every extract from this council, and a different one in any other council's. No names or dates of birth; ages in bands.",
  coarsened: "No pseudonyms: nothing ties one row to another row of the same child, whose set of rows would otherwise single them out. No names or dates of birth; ages in bands.",
};

/** The filters asked for, without the empty ones: what the rows, the audit row and the file name follow. */
function partsOf(input: FilterParts): FilterParts {
  const out: FilterParts = {};
  for (const key of ["stream", "arrangement", "service", "ageBand", "policyVersionId"] as const) if (input[key]) out[key] = input[key];
  return out;
}

/**
 * Everything a row-level extract needs before its rows stream: the council's pseudonym key made
 * if it is the first, the row count for progress, the About sheet, and an audit row saying who
 * took which rows and how they leave the council. The streaming itself happens outside this
 * transaction (streamExtract).
 */
export async function prepareExtract(ctx: ServiceContext, input: ExtractOrder): Promise<PreparedExtract> {
  const period = resolvePeriod(input.period);
  const parts = partsOf(input);
  await checkPolicyVersionFilter(ctx, parts);
  await getPseudonymSecret(ctx.db, ctx.councilId);
  const filter = { councilId: ctx.councilId, from: period.from, to: period.to, ...parts };
  const k = input.privacy === "coarsened" ? (await getExportSettings(ctx)).smallCountThreshold : undefined;
  const placed = k === undefined ? null : await countPlaced(ctx, input.kind, filter, k);
  const rowCount = placed ? placed.exact + placed.further : await countExtractRows(ctx.db, { ...filter, kind: input.kind });
  const council = await ctx.db.selectFrom("council").select("name").where("id", "=", ctx.councilId).executeTakeFirst();
  const versions = await listPolicyVersionsInPeriod(ctx, period.from, period.to);
  const versionLabel = (id: string) =>
    id === NO_POLICY_VERSION ? "Before the first published policy" : `Version ${versions.find((v) => v.id === id)?.versionNumber ?? "not in force in the period"}`;
  const filters = [
    { label: "Rows", value: ROWS_WORDS[input.kind] },
    ...describeFilterParts(parts, versionLabel),
    { label: "Children", value: CHILDREN_WORDS[input.privacy] },
    { label: "Privacy", value: describeExtractPrivacy(input.privacy) },
    ...(placed && k !== undefined ? [{ label: "Rows shared by fewer children", value: describePlacement(placed, k) }] : []),
    { label: "Codes", value: "Each code column (the stable codes every council's exports share) has its words in the column beside it." },
  ];
  const about = buildAboutTable({
    title: `Row-level extract: ${EXTRACTS[input.kind].title.toLowerCase()}`,
    councilName: council?.name ?? "",
    periodLabel: period.label,
    from: period.from,
    to: period.to,
    filters,
    policyVersions: versions.map(({ id: _id, ...v }) => v),
    madeAt: new Date().toISOString(),
    madeByRole: input.madeByRole,
    source: placed
      ? `${rowCount} of the ${placed.exact + placed.further + placed.withheld} rows recorded in the product when the file was made; ${placed.withheld} withheld (see above), so totals from this file leave them out.`
      : `${rowCount} rows recorded in the product when the file was made.`,
    suppressionThreshold: null,
    ...(input.privacy === "coarsened" && { moneyNote: `Pounds sterling, in bands: ${AMOUNT_BAND_LABELS.join("; ")}. No exact amount is given.` }),
  });
  await writeAudit(ctx.db, {
    councilId: ctx.councilId, actorUserId: ctx.actorUserId, action: "exports.extract", entity: "export", entityId: input.kind,
    after: {
      kind: input.kind, format: input.format, privacy: input.privacy, from: period.from, to: period.to,
      stream: parts.stream ?? null, arrangement: parts.arrangement ?? null, service: parts.service ?? null, ageBand: parts.ageBand ?? null,
      policyVersionId: parts.policyVersionId ?? null, rowCount,
      ...(placed && { groupSize: k, generalisedFurther: placed.further, withheld: placed.withheld }),
    },
  });
  return {
    councilId: ctx.councilId, kind: input.kind, format: input.format, privacy: input.privacy, ...(k !== undefined && { groupSize: k }),
    from: period.from, to: period.to, ...parts,
    rowCount, fileName: `${input.kind}-extract-${input.privacy}-${period.from}-to-${period.to}.${input.format}`, about,
  };
}

async function countPlaced(ctx: ServiceContext, kind: ExtractKind, filter: ExtractFilter, k: number): Promise<GeneralisedCounts> {
  const { rows } = await countGeneralised(EXTRACTS[kind], filter, k).execute(ctx.db);
  const row = rows[0];
  return { exact: Number(row?.exact ?? 0), further: Number(row?.further ?? 0), withheld: Number(row?.withheld ?? 0) };
}

/** The generalisation in a sentence: the threshold, what was given up, and how many rows it touched. */
function describePlacement(placed: GeneralisedCounts, k: number): string {
  return `Every row's values are shared by at least ${k} children (the council's small-count threshold). ` +
    `Where months and bands left fewer, the row was generalised step by step: ${GENERALISATION_WORDS}. ` +
    `${placed.exact} rows as months and bands; ${placed.further} rows generalised further; ${placed.withheld} rows withheld, shared by fewer than ${k} children even at the widest step.`;
}
