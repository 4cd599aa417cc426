import { createHash } from "node:crypto";
import { checkEvidenceFile, cleanFileName, type EvidenceType } from "@pb/budgets";
import { writeAudit } from "@pb/db";
import type { ServiceContext } from "../shared/context";
import { NotFoundError } from "../shared/errors";
import { withFileErrors } from "./finance-errors";

/** Stores an evidence file with a return, after checking its type by its bytes and its size. */
export async function addReturnEvidence(ctx: ServiceContext, input: { returnId: string; fileName: string; bytes: Uint8Array }): Promise<{ id: string; mediaType: EvidenceType }> {
  const ret = await ctx.db
    .selectFrom("dp_return as r")
    .innerJoin("dp_account as a", (j) => j.onRef("a.council_id", "=", "r.council_id").onRef("a.id", "=", "r.account_id"))
    .select(["r.id", "a.child_id"])
    .where("r.council_id", "=", ctx.councilId)
    .where("r.id", "=", input.returnId)
    .executeTakeFirst();
  if (!ret) throw new NotFoundError("That return");
  const { mediaType } = await withFileErrors(() => checkEvidenceFile(input.bytes));
  const fileName = cleanFileName(input.fileName, mediaType);
  const sha256 = createHash("sha256").update(input.bytes).digest("hex");
  const row = await ctx.db
    .insertInto("evidence_file")
    .values({ council_id: ctx.councilId, return_id: input.returnId, file_name: fileName, media_type: mediaType, size_bytes: input.bytes.length, sha256, content: Buffer.from(input.bytes), uploaded_by: ctx.actorUserId })
    .returning("id")
    .executeTakeFirstOrThrow();
  await writeAudit(ctx.db, { councilId: ctx.councilId, actorUserId: ctx.actorUserId, action: "return.add_evidence", entity: "evidence_file", entityId: row.id, childId: ret.child_id, after: { returnId: input.returnId, fileName, mediaType, sizeBytes: input.bytes.length, sha256 } });
  return { id: row.id, mediaType };
}

/** An evidence file's bytes, for the finance officer to open. */
export async function getEvidenceFile(ctx: ServiceContext, input: { evidenceId: string }): Promise<{ fileName: string; mediaType: string; content: Uint8Array }> {
  const row = await ctx.db.selectFrom("evidence_file").select(["file_name", "media_type", "content"]).where("council_id", "=", ctx.councilId).where("id", "=", input.evidenceId).executeTakeFirst();
  if (!row) throw new NotFoundError("That evidence file");
  return { fileName: row.file_name, mediaType: row.media_type, content: new Uint8Array(row.content) };
}
