import type { AnyTRPCRouter } from "@trpc/server";
import { fetchRequestHandler } from "@trpc/server/adapters/fetch";
import type { Kysely } from "kysely";
import { appRouter, createContext } from "@pb/api";
import type { DB } from "@pb/db";

/**
 * Calls a query procedure the way the console's browser does: an HTTP-shaped GET to the app router's
 * fetch handler, in this process, as a signed-in user of a council; returns the parsed result.
 * `router`: the app's, or one built on the same middleware (the benchmark's floor).
 */
export async function callQuery(db: Kysely<DB>, who: { userId: string; councilId: string }, path: string, input: unknown, router: AnyTRPCRouter = appRouter): Promise<unknown> {
  const query = input === undefined ? "" : `?input=${encodeURIComponent(JSON.stringify(input))}`;
  const request = new Request(`http://bench.invalid/api/trpc/${path}${query}`, { method: "GET", headers: { accept: "application/json" } });
  const response = await fetchRequestHandler({
    endpoint: "/api/trpc",
    req: request,
    router,
    createContext: () => createContext({ db, userId: who.userId, requestedCouncilId: who.councilId }),
  });
  const body = (await response.json()) as { result?: { data?: unknown }; error?: { message?: string } };
  if (!response.ok) throw new Error(`${path} answered ${response.status}: ${body.error?.message ?? "no message"}`);
  return body.result?.data;
}
