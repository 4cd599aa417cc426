import { createCallerFactory, createRouter } from "./trpc";
import { dashboardRouter } from "./routers/dashboard";
import { sessionRouter } from "./routers/session";
import { queuesRouter } from "./routers/queues";

export const appRouter = createRouter({
  session: sessionRouter,
  dashboard: dashboardRouter,
  queues: queuesRouter,
});

export type AppRouter = typeof appRouter;
export const createCaller = createCallerFactory(appRouter);
