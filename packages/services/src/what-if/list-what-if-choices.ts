import type { ServiceContext } from "../shared/context";

export type WhatIfVersionChoice = { id: string; versionNumber: number; status: "draft" | "published"; effectiveFrom: string | null; changeNote: string };

export type WhatIfChoices = {
  /** The draft first, if there is one, then published versions newest first. */
  versions: WhatIfVersionChoice[];
  draftId: string | null;
  /** The first and last dates requests were received on, to offer periods that hold some. */
  firstReceivedOn: string | null;
  lastReceivedOn: string | null;
};

/** What the what-if page offers: the versions to try and the span of recorded requests. */
export async function listWhatIfChoices(ctx: ServiceContext): Promise<WhatIfChoices> {
  const rows = await ctx.db
    .selectFrom("policy_version")
    .select(["id", "version_number", "status", "effective_from", "change_note"])
    .where("council_id", "=", ctx.councilId)
    .orderBy("version_number", "desc")
    .execute();
  const versions = rows
    .map((r) => ({ id: r.id, versionNumber: r.version_number, status: r.status, effectiveFrom: r.effective_from, changeNote: r.change_note }))
    .sort((a, b) => (a.status === b.status ? b.versionNumber - a.versionNumber : a.status === "draft" ? -1 : 1));
  const span = await ctx.db
    .selectFrom("pb_request")
    .select((eb) => [eb.fn.min("received_on").as("first"), eb.fn.max("received_on").as("last")])
    .where("council_id", "=", ctx.councilId)
    .executeTakeFirst();
  return {
    versions,
    draftId: versions.find((v) => v.status === "draft")?.id ?? null,
    firstReceivedOn: span?.first ?? null,
    lastReceivedOn: span?.last ?? null,
  };
}
