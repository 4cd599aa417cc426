import { writeAudit } from "@pb/db";
import { AMOUNT_BAND_LABELS, buildAboutTable, describeExtractPrivacy, resolvePeriod, type ExportPeriod, type ExportTable, type ExtractPrivacy } from "@pb/reports";
import type { ServiceContext } from "../shared/context";
import { checkPolicyVersionFilter, describeFilterParts, NO_POLICY_VERSION, type FilterParts } from "../dashboards/dashboard-filter";
import { EXTRACTS, type ExtractKind } from "./extract-definitions";
import { countExtractRows, type ExtractFormat } from "./extract-stream";
import { listPolicyVersionsInPeriod } from "./policy-versions-in-period";
import { getPseudonymSecret } from "./pseudonym";

export type PreparedExtract = FilterParts & {
  councilId: string;
  kind: ExtractKind;
  format: ExtractFormat;
  privacy: ExtractPrivacy;
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
  const rowCount = await countExtractRows(ctx.db, { ...filter, kind: input.kind });
  const council = await ctx.db.selectFrom("council").select("name").where("id", "=", ctx.councilId).executeTakeFirst();
  const versions = await listPolicyVersionsInPeriod(ctx, period.from, period.to);
  const versionLabel = (id: string) =>
    id === NO_POLICY_VERSION ? "Before the first published policy" : `Version ${versions.find((v) => v.id === id)?.versionNumber ?? "not in force in the period"}`;
  const filters = [
    { label: "Rows", value: ROWS_WORDS[input.kind] },
    ...describeFilterParts(parts, versionLabel),
    { label: "Children", value: "Pseudonymised with this council's own key: the same child has the same pseudonym in every extract from this council, and a different one in any other council's. No names or dates of birth; ages in bands." },
    { label: "Privacy", value: describeExtractPrivacy(input.privacy) },
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
    source: `${rowCount} rows recorded in the product when the file was made.`,
    suppressionThreshold: null,
    ...(input.privacy === "coarsened" && { moneyNote: `Pounds sterling, in bands: ${AMOUNT_BAND_LABELS.join("; ")}. No exact amount is given.` }),
  });
  await writeAudit(ctx.db, {
    councilId: ctx.councilId, actorUserId: ctx.actorUserId, action: "exports.extract", entity: "export", entityId: input.kind,
    after: {
      kind: input.kind, format: input.format, privacy: input.privacy, from: period.from, to: period.to,
      stream: parts.stream ?? null, arrangement: parts.arrangement ?? null, service: parts.service ?? null, ageBand: parts.ageBand ?? null,
      policyVersionId: parts.policyVersionId ?? null, rowCount,
    },
  });
  return {
    councilId: ctx.councilId, kind: input.kind, format: input.format, privacy: input.privacy, from: period.from, to: period.to, ...parts,
    rowCount, fileName: `${input.kind}-extract-${input.privacy}-${period.from}-to-${period.to}.${input.format}`, about,
  };
}
