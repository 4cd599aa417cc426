import { createCallerFactory, createRouter } from "./trpc";
import { dashboardRouter } from "./routers/dashboard";
import { sessionRouter } from "./routers/session";

export const appRouter = createRouter({
  session: sessionRouter,
  dashboard: dashboardRouter,
});

export type AppRouter = typeof appRouter;
export const createCaller = createCallerFactory(appRouter);
