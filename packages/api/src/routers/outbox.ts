import { z } from "zod";
import { ACCESS } from "@pb/auth";
import { listChildMessages } from "@pb/services";
import { councilProcedure, createRouter } from "../trpc";
import { Uuid } from "../inputs";

export const outboxRouter = createRouter({
  /** The letters and emails to a child's family through GOV.UK Notify, with their delivery status, for the case page. */
  forChild: councilProcedure(ACCESS.letters)
    .input(z.strictObject({ childId: Uuid }))
    .query(({ ctx, input }) => listChildMessages(ctx.service, input)),
});
