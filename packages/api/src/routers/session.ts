import { getMemberships, chooseMembership } from "@pb/auth";
import { findUserProfile } from "@pb/db";
import { createRouter, userProcedure } from "../trpc";

export const sessionRouter = createRouter({
  /** Who is signed in, their councils and roles, and which council they act for now. */
  me: userProcedure.query(async ({ ctx }) => {
    const memberships = await getMemberships(ctx.db, ctx.userId, ctx.signInMethod);
    const user = await findUserProfile(ctx.db, ctx.userId);
    const current = chooseMembership(memberships, ctx.requestedCouncilId);
    return { email: user?.email ?? "", name: user?.display_name ?? "", memberships, currentCouncilId: current?.councilId ?? null };
  }),
});
