import "server-only";
import { cache } from "react";
import { rolesIn, type Role } from "@pb/auth";
import { getServerCaller } from "./caller";

/**
 * The signed-in user, their councils and the council they act for, asked once per request: the
 * layout, the page and its helpers all read it, and React's cache shares the one answer.
 */
export const getMe = cache(async () => (await getServerCaller()).session.me());

/** The signed-in user's roles in the council they act for. */
export const getCurrentRoles = cache(async (): Promise<readonly Role[]> => {
  const me = await getMe();
  return rolesIn(me.memberships, me.currentCouncilId);
});
