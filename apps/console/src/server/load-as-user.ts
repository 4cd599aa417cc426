import "server-only";
import { TRPCError } from "@trpc/server";
import { forbidden, notFound } from "next/navigation";
import { getServerCaller } from "./caller";

type Caller = Awaited<ReturnType<typeof getServerCaller>>;

/**
 * Loads a page's data as the signed-in user; the procedures decide who may see it, and the page
 * answers as the API does: a refused role gets 403 and the "not allowed" page (app/forbidden.tsx),
 * an id that is malformed, unknown or another council's gets 404.
 */
export async function loadAsUser<T>(load: (caller: Caller) => Promise<T>): Promise<T> {
  try {
    return await load(await getServerCaller());
  } catch (error) {
    if (error instanceof TRPCError && error.code === "FORBIDDEN") forbidden();
    if (error instanceof TRPCError && (error.code === "NOT_FOUND" || error.code === "BAD_REQUEST")) notFound();
    throw error;
  }
}

export type Answered<T> = { data: T; problem: null } | { data: null; problem: string };

/**
 * For a page whose input comes from its own form or query: the procedure's refusal of that input is
 * shown beside the form, in its words naming the field. A refused role still reaches loadAsUser's
 * 403, and an internal error is never shown.
 */
export async function answerOrProblem<T>(call: () => Promise<T>): Promise<Answered<T>> {
  try {
    return { data: await call(), problem: null };
  } catch (error) {
    if (!(error instanceof TRPCError) || error.code === "FORBIDDEN" || error.code === "INTERNAL_SERVER_ERROR") throw error;
    return { data: null, problem: error.message };
  }
}
