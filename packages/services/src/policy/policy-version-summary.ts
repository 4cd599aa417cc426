import type { ServiceContext } from "../shared/context";

export type PolicyVersionSummary = {
  id: string;
  versionNumber: number;
  status: "draft" | "published";
  presetId: string | null;
  basedOnVersionId: string | null;
  effectiveFrom: string | null;
  /** ISO timestamp; a string so server pages and the browser read the same thing. */
  publishedAt: string | null;
  /** The name of the admin who published it, when known. */
  publishedBy: string | null;
  changeNote: string;
  /** The row version, for optimistic saves. */
  version: number;
};

/** The council's versions with who published them, newest first; narrow it with `where` on policy_version. */
export function selectVersionSummaries(ctx: ServiceContext) {
  return ctx.db
    .selectFrom("policy_version")
    .leftJoin("app_user", "app_user.id", "policy_version.published_by")
    .select([
      "policy_version.id",
      "policy_version.version_number",
      "policy_version.status",
      "policy_version.preset_id",
      "policy_version.based_on_version_id",
      "policy_version.effective_from",
      "policy_version.published_at",
      "policy_version.change_note",
      "policy_version.version",
      "app_user.display_name",
    ])
    .where("policy_version.council_id", "=", ctx.councilId)
    .orderBy("policy_version.version_number", "desc");
}

type SummaryRow = Awaited<ReturnType<ReturnType<typeof selectVersionSummaries>["execute"]>>[number];

export function toVersionSummary(row: SummaryRow): PolicyVersionSummary {
  return {
    id: row.id,
    versionNumber: row.version_number,
    status: row.status,
    presetId: row.preset_id,
    basedOnVersionId: row.based_on_version_id,
    effectiveFrom: row.effective_from,
    publishedAt: row.published_at ? new Date(row.published_at).toISOString() : null,
    publishedBy: row.display_name,
    changeNote: row.change_note,
    version: row.version,
  };
}
