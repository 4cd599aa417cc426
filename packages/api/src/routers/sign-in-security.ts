import { ACCESS, listSignInLockouts } from "@pb/auth";
import { councilProcedure, createRouter } from "../trpc";

export const signInSecurityRouter = createRouter({
  /** The council's accounts locked now and its latest audited lockouts: read-only, for admins. */
  lockouts: councilProcedure(ACCESS.signInSecurity).query(({ ctx }) => listSignInLockouts(ctx.db, ctx.councilId, new Date())),
});
