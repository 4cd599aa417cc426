import { writeAudit, type MessageKindCode } from "@pb/db";
import { MESSAGE_KINDS, MESSAGE_KIND_CODES, suppliedFields } from "../notify/message-kinds";
import type { ServiceContext } from "../shared/context";
import { ConflictError, ValidationError } from "../shared/errors";

export type NotifyTemplateRow = {
  kind: MessageKindCode;
  label: string;
  audience: "family" | "staff";
  /** The personalisation fields the council's email template must use, with what each holds. */
  fields: { name: string; holds: string }[];
  /** A family's letter goes by post as a precompiled PDF, which needs no template. */
  sentByPostAsLetter: boolean;
  emailTemplateId: string | null;
  /** 0 until a template id is first saved. */
  version: number;
};

/** Every kind of message, with its personalisation fields and the council's Notify email template id (if set). */
export async function listNotifyTemplates(ctx: ServiceContext): Promise<NotifyTemplateRow[]> {
  const saved = await ctx.db.selectFrom("notify_template").select(["kind", "email_template_id", "version"]).where("council_id", "=", ctx.councilId).execute();
  const byKind = new Map(saved.map((r) => [r.kind, r]));
  return MESSAGE_KIND_CODES.map((code) => {
    const kind = MESSAGE_KINDS[code];
    const row = byKind.get(code);
    return {
      kind: code, label: kind.label, audience: kind.audience, fields: kind.fields.map((f) => ({ name: f.name, holds: f.holds })),
      sentByPostAsLetter: kind.attachesLetter, emailTemplateId: row?.email_template_id ?? null, version: row?.version ?? 0,
    };
  });
}

/**
 * Sets the council's Notify email template for one kind, at the version the admin saw (0 before the
 * first), audited with the ids before and after (ids of templates, no one's personal data).
 */
export async function saveNotifyTemplate(ctx: ServiceContext, input: { kind: MessageKindCode; emailTemplateId: string; version: number }): Promise<{ version: number }> {
  if (!(MESSAGE_KIND_CODES as readonly string[]).includes(input.kind)) throw new ValidationError("kind", `must be one of ${MESSAGE_KIND_CODES.join(", ")}`);
  const stale = `Someone else changed the ${MESSAGE_KINDS[input.kind].label.toLowerCase()} template since you opened it. Reload to see their change, then try again.`;
  const current = await ctx.db.selectFrom("notify_template").select(["email_template_id", "version"]).where("council_id", "=", ctx.councilId).where("kind", "=", input.kind).executeTakeFirst();
  if ((current?.version ?? 0) !== input.version) throw new ConflictError(stale);
  const templateId = input.emailTemplateId.toLowerCase();
  if (current?.email_template_id === templateId) return { version: input.version };
  const saved =
    input.version === 0
      ? await ctx.db
          .insertInto("notify_template")
          .values({ council_id: ctx.councilId, kind: input.kind, email_template_id: templateId, updated_at: new Date() })
          .onConflict((oc) => oc.columns(["council_id", "kind"]).doNothing())
          .returning("version")
          .executeTakeFirst()
      : await ctx.db
          .updateTable("notify_template")
          .set((eb) => ({ email_template_id: templateId, updated_at: new Date(), version: eb("version", "+", 1) }))
          .where("council_id", "=", ctx.councilId)
          .where("kind", "=", input.kind)
          .where("version", "=", input.version)
          .returning("version")
          .executeTakeFirst();
  if (!saved) throw new ConflictError(stale);
  await writeAudit(ctx.db, {
    councilId: ctx.councilId, actorUserId: ctx.actorUserId, action: "notify_template.update", entity: "notify_template", entityId: null,
    before: { kind: input.kind, emailTemplateId: current?.email_template_id ?? null },
    after: { kind: input.kind, emailTemplateId: templateId, fields: suppliedFields(input.kind) },
  });
  return { version: saved.version };
}
