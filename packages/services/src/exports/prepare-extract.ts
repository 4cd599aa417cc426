import { writeAudit } from "@pb/db";
import { buildAboutTable, resolvePeriod, type ExportPeriod, type ExportTable } from "@pb/reports";
import type { ServiceContext } from "../shared/context";
import { EXTRACTS, type ExtractKind } from "./extract-definitions";
import { countExtractRows, type ExtractFormat } from "./extract-stream";
import { listPolicyVersionsInPeriod } from "./policy-versions-in-period";
import { getPseudonymSecret } from "./pseudonym";

export type PreparedExtract = {
  councilId: string;
  kind: ExtractKind;
  format: ExtractFormat;
  from: string;
  to: string;
  stream?: string;
  arrangement?: string;
  rowCount: number;
  fileName: string;
  about: ExportTable;
};

/**
 * Everything a row-level extract needs before its rows stream: the council's pseudonym key made
 * if it is the first, the row count for progress, the About sheet, and an audit row saying who
 * took which rows. The streaming itself happens outside this transaction (streamExtract).
 */
export async function prepareExtract(
  ctx: ServiceContext,
  input: { kind: ExtractKind; format: ExtractFormat; period: ExportPeriod; stream?: string; arrangement?: string; madeByRole: string },
): Promise<PreparedExtract> {
  const period = resolvePeriod(input.period);
  await getPseudonymSecret(ctx.db, ctx.councilId);
  const filter = { councilId: ctx.councilId, from: period.from, to: period.to, stream: input.stream, arrangement: input.arrangement };
  const rowCount = await countExtractRows(ctx.db, { ...filter, kind: input.kind });
  const council = await ctx.db.selectFrom("council").select("name").where("id", "=", ctx.councilId).executeTakeFirst();
  const filters = [
    { label: "Rows", value: input.kind === "payments" ? "Payments due in the period" : "Budget lines in force on any day of the period" },
    ...(input.stream ? [{ label: "Funding stream", value: input.stream }] : []),
    ...(input.arrangement ? [{ label: "Arrangement", value: input.arrangement }] : []),
    { label: "Children", value: "Pseudonymised with this council's own key: the same child has the same pseudonym in every extract from this council, and a different one in any other council's. No names or dates of birth; ages in bands." },
  ];
  const about = buildAboutTable({
    title: `Row-level extract: ${EXTRACTS[input.kind].title.toLowerCase()}`,
    councilName: council?.name ?? "",
    periodLabel: period.label,
    from: period.from,
    to: period.to,
    filters,
    policyVersions: (await listPolicyVersionsInPeriod(ctx, period.from, period.to)).map(({ id: _id, ...v }) => v),
    madeAt: new Date().toISOString(),
    madeByRole: input.madeByRole,
    source: `${rowCount} rows recorded in the product when the file was made.`,
    suppressionThreshold: null,
  });
  await writeAudit(ctx.db, {
    councilId: ctx.councilId, actorUserId: ctx.actorUserId, action: "exports.extract", entity: "export", entityId: input.kind,
    after: { kind: input.kind, format: input.format, from: period.from, to: period.to, stream: input.stream ?? null, arrangement: input.arrangement ?? null, rowCount },
  });
  return {
    councilId: ctx.councilId, kind: input.kind, format: input.format, from: period.from, to: period.to,
    ...(input.stream && { stream: input.stream }), ...(input.arrangement && { arrangement: input.arrangement }),
    rowCount, fileName: `${input.kind}-extract-${period.from}-to-${period.to}.${input.format}`, about,
  };
}
