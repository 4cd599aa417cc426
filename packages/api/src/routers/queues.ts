import { ACCESS } from "@pb/auth";
import { listWorkQueues } from "@pb/services";
import { councilProcedure, createRouter } from "../trpc";

export const queuesRouter = createRouter({
  /** The work queues for the caller's roles in their council. */
  list: councilProcedure(ACCESS.cases).query(({ ctx }) => listWorkQueues(ctx.service, ctx.roles)),
});
