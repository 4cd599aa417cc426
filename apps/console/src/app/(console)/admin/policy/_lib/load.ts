import "server-only";
import { TRPCError } from "@trpc/server";
import { notFound } from "next/navigation";
import { getServerCaller } from "~/server/caller";

type Caller = Awaited<ReturnType<typeof getServerCaller>>;
export type Loaded<T> = { allowed: true; data: T } | { allowed: false };

/**
 * Loads a page's data as the signed-in user. The procedures decide who may see it: a refusal
 * becomes the "not allowed" page, and an id that is malformed or not this council's is not found.
 */
export async function loadForPolicyAdmin<T>(load: (caller: Caller) => Promise<T>): Promise<Loaded<T>> {
  try {
    return { allowed: true, data: await load(await getServerCaller()) };
  } catch (error) {
    if (error instanceof TRPCError && error.code === "FORBIDDEN") return { allowed: false };
    if (error instanceof TRPCError && (error.code === "NOT_FOUND" || error.code === "BAD_REQUEST")) notFound();
    throw error;
  }
}
