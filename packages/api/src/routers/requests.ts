import { z } from "zod";
import { ACCESS } from "@pb/auth";
import { createRequest, getRequest, getRequestOptions, previewRequest, withdrawRequest } from "@pb/services";
import { councilProcedure, createRouter } from "../trpc";
import { Uuid } from "../inputs";
import { RequestInput, Version } from "./request-inputs";

export const requestsRouter = createRouter({
  /** The policy check of a request as it would be saved; writes nothing. A mutation, so lines never ride in a URL. */
  preview: councilProcedure(ACCESS.caseWrite).input(RequestInput).mutation(({ ctx, input }) => previewRequest(ctx.service, input)),
  create: councilProcedure(ACCESS.caseWrite).input(RequestInput).mutation(({ ctx, input }) => createRequest(ctx.service, input)),
  get: councilProcedure(ACCESS.cases).input(z.strictObject({ requestId: Uuid })).query(({ ctx, input }) => getRequest(ctx.service, input)),
  withdraw: councilProcedure(ACCESS.caseWrite)
    .input(z.strictObject({ requestId: Uuid, version: Version }))
    .mutation(({ ctx, input }) => withdrawRequest(ctx.service, input)),
  /** The child's plans and outcomes and the service catalogue, for the new-request form. */
  options: councilProcedure(ACCESS.caseWrite).input(z.strictObject({ childId: Uuid })).query(({ ctx, input }) => getRequestOptions(ctx.service, input)),
});
