import "server-only";
import { TRPCError } from "@trpc/server";
import { notFound } from "next/navigation";
import { getServerCaller } from "./caller";

type Caller = Awaited<ReturnType<typeof getServerCaller>>;
export type Loaded<T> = { allowed: true; data: T } | { allowed: false };

/**
 * Loads a page's data as the signed-in user; the procedures decide who may see it. A refusal
 * becomes the "not allowed" message; an id that is malformed or another council's is not found.
 */
export async function loadAsUser<T>(load: (caller: Caller) => Promise<T>): Promise<Loaded<T>> {
  try {
    return { allowed: true, data: await load(await getServerCaller()) };
  } catch (error) {
    if (error instanceof TRPCError && error.code === "FORBIDDEN") return { allowed: false };
    if (error instanceof TRPCError && (error.code === "NOT_FOUND" || error.code === "BAD_REQUEST")) notFound();
    throw error;
  }
}

export type Answered<T> = { data: T; problem: null } | { data: null; problem: string };

/**
 * For a page whose input comes from its own form or query: the procedure's refusal of that input is
 * shown beside the form, in its words naming the field. A refused role still reaches loadAsUser's
 * "not allowed", and an internal error is never shown.
 */
export async function answerOrProblem<T>(call: () => Promise<T>): Promise<Answered<T>> {
  try {
    return { data: await call(), problem: null };
  } catch (error) {
    if (!(error instanceof TRPCError) || error.code === "FORBIDDEN" || error.code === "INTERNAL_SERVER_ERROR") throw error;
    return { data: null, problem: error.message };
  }
}
