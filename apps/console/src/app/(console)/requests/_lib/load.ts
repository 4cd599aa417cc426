import "server-only";
import { TRPCError } from "@trpc/server";
import { notFound } from "next/navigation";
import { ACCESS, type Role } from "@pb/auth";
import { getServerCaller } from "~/server/caller";

type Caller = Awaited<ReturnType<typeof getServerCaller>>;
export type Loaded<T> = { allowed: true; data: T } | { allowed: false };

/**
 * Loads a page's data as the signed-in user; the procedures decide who may see it. A refusal
 * becomes the "not allowed" message; an id that is malformed or another council's is not found.
 */
export async function loadForCase<T>(load: (caller: Caller) => Promise<T>): Promise<Loaded<T>> {
  try {
    return { allowed: true, data: await load(await getServerCaller()) };
  } catch (error) {
    if (error instanceof TRPCError && error.code === "FORBIDDEN") return { allowed: false };
    if (error instanceof TRPCError && (error.code === "NOT_FOUND" || error.code === "BAD_REQUEST")) notFound();
    throw error;
  }
}

export type Abilities = { write: boolean; decide: boolean; letters: boolean };

/** Which forms to show; the procedures behind them check the roles again. */
export async function getAbilities(): Promise<Abilities> {
  const me = await (await getServerCaller()).session.me();
  const roles: readonly Role[] = me.memberships.find((m) => m.councilId === me.currentCouncilId)?.roles ?? [];
  const has = (allowed: readonly Role[]) => roles.some((r) => allowed.includes(r));
  return { write: has(ACCESS.caseWrite), decide: has(ACCESS.panel), letters: has(ACCESS.caseWrite) || has(ACCESS.panel) };
}
