import { createCallerFactory, createRouter } from "./trpc";
import { requestsRouter } from "./routers/requests";
import { childrenRouter, plansRouter } from "./routers/children";
import { decisionsRouter } from "./routers/decisions";
import { disagreementsRouter } from "./routers/disagreements";
import { dashboardRouter } from "./routers/dashboard";
import { sessionRouter } from "./routers/session";
import { queuesRouter } from "./routers/queues";
import { policyRouter } from "./routers/policy";
import { exportsRouter } from "./routers/exports";
import { financeRunsRouter } from "./routers/finance-runs";
import { financeLayoutsRouter } from "./routers/finance-layouts";
import { financeAccountsRouter } from "./routers/finance-accounts";
import { financeReturnsRouter } from "./routers/finance-returns";
import { financeRecoveryRouter } from "./routers/finance-recovery";
import { whatIfRouter } from "./routers/what-if";
import { budgetsRouter } from "./routers/budgets";
import { reviewsRouter } from "./routers/reviews";
import { cessationsRouter } from "./routers/cessations";
import { monitoringRouter } from "./routers/monitoring";
import { signInSecurityRouter } from "./routers/sign-in-security";
import { familyContactRouter } from "./routers/family-contact";
import { notifyTemplatesRouter } from "./routers/notify-templates";
import { identityRouter } from "./routers/identity";
import { twoStepRouter } from "./routers/two-step";
import { usersRouter } from "./routers/users";
import { outboxRouter } from "./routers/outbox";

export const appRouter = createRouter({
  children: childrenRouter,
  plans: plansRouter,
  requests: requestsRouter,
  decisions: decisionsRouter,
  disagreements: disagreementsRouter,
  session: sessionRouter,
  dashboard: dashboardRouter,
  queues: queuesRouter,
  policy: policyRouter,
  exports: exportsRouter,
  financeRuns: financeRunsRouter,
  financeLayouts: financeLayoutsRouter,
  financeAccounts: financeAccountsRouter,
  financeReturns: financeReturnsRouter,
  financeRecovery: financeRecoveryRouter,
  whatIf: whatIfRouter,
  budgets: budgetsRouter,
  reviews: reviewsRouter,
  cessations: cessationsRouter,
  monitoring: monitoringRouter,
  signInSecurity: signInSecurityRouter,
  familyContact: familyContactRouter,
  notifyTemplates: notifyTemplatesRouter,
  identity: identityRouter,
  twoStep: twoStepRouter,
  users: usersRouter,
  outbox: outboxRouter,
});

export type AppRouter = typeof appRouter;
export const createCaller = createCallerFactory(appRouter);
