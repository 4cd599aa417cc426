import { z } from "zod";
import { ACCESS, getPersonalDetailsAccess } from "@pb/auth";
import { createChild, createPlan, getCase, listCaseHistory, listChildren, updateChild, updatePlan } from "@pb/services";
import { councilProcedure, createRouter } from "../trpc";
import { AuditId, Uuid } from "../inputs";
import { CreateChildInput, CreatePlanInput, ListChildrenInput, UpdateChildInput, UpdatePlanInput } from "./children-inputs";

export const childrenRouter = createRouter({
  /** One page of children and young people, searched, filtered and sorted in the database; names only for roles that may see them. */
  list: councilProcedure(ACCESS.cases)
    .input(ListChildrenInput)
    .query(({ ctx, input }) => listChildren(ctx.service, input, getPersonalDetailsAccess(ctx.roles))),
  /** Everything about one child: plans, requests, budgets, reviews, cessations, disagreements and history. */
  get: councilProcedure(ACCESS.cases)
    .input(z.strictObject({ childId: Uuid }))
    .query(({ ctx, input }) => getCase(ctx.service, input, getPersonalDetailsAccess(ctx.roles))),
  /** The child's whole history, a page at a time, newest first; `before` is the last change of the page before. */
  history: councilProcedure(ACCESS.cases)
    .input(z.strictObject({ childId: Uuid, before: AuditId.optional() }))
    .query(({ ctx, input }) => listCaseHistory(ctx.service, input, getPersonalDetailsAccess(ctx.roles))),
  create: councilProcedure(ACCESS.caseWrite).input(CreateChildInput).mutation(({ ctx, input }) => createChild(ctx.service, input)),
  update: councilProcedure(ACCESS.caseWrite).input(UpdateChildInput).mutation(({ ctx, input }) => updateChild(ctx.service, input)),
});

export const plansRouter = createRouter({
  create: councilProcedure(ACCESS.caseWrite).input(CreatePlanInput).mutation(({ ctx, input }) => createPlan(ctx.service, input)),
  update: councilProcedure(ACCESS.caseWrite).input(UpdatePlanInput).mutation(({ ctx, input }) => updatePlan(ctx.service, input)),
});
