import { fetchRequestHandler } from "@trpc/server/adapters/fetch";
import { appRouter } from "@pb/api";
import { createRequestContext } from "~/server/caller";

function handler(request: Request) {
  return fetchRequestHandler({
    endpoint: "/api/trpc",
    req: request,
    router: appRouter,
    createContext: createRequestContext,
    onError({ error, path }) {
      // Log the code and path only: inputs can hold children's personal data.
      if (error.code === "INTERNAL_SERVER_ERROR") console.error(`tRPC ${path ?? "?"} failed:`, error.cause?.message ?? error.message);
    },
  });
}

export { handler as GET, handler as POST };
