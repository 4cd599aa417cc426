import { z } from "zod";
import { ACCESS } from "@pb/auth";
import type { MessageKindCode } from "@pb/db";
import { listNotifyTemplates, MESSAGE_KIND_CODES, saveNotifyTemplate } from "@pb/services";
import { councilProcedure, createRouter } from "../trpc";

export const SaveNotifyTemplateInput = z.strictObject({
  kind: z.enum(MESSAGE_KIND_CODES as [MessageKindCode, ...MessageKindCode[]], { error: `must be one of ${MESSAGE_KIND_CODES.join(", ")}` }),
  emailTemplateId: z.uuid("must be a Notify template id, as Notify shows it on the template's page (8-4-4-4-12 hexadecimal)"),
  version: z.number().int().min(0).max(1_000_000_000),
});

/** The council's GOV.UK Notify email templates, one per kind of message (letters go as precompiled PDFs). */
export const notifyTemplatesRouter = createRouter({
  list: councilProcedure(ACCESS.notifyTemplates).query(({ ctx }) => listNotifyTemplates(ctx.service)),
  save: councilProcedure(ACCESS.notifyTemplates)
    .input(SaveNotifyTemplateInput)
    .mutation(({ ctx, input }) => saveNotifyTemplate(ctx.service, input)),
});
