import { fetchRequestHandler } from "@trpc/server/adapters/fetch";
import { TRPC_ERROR_CODES_BY_KEY } from "@trpc/server/rpc";
import { appRouter } from "@pb/api";
import { errorFacts, logger, REQUEST_ID_HEADER } from "@pb/log";
import { createRequestContext } from "~/server/caller";
import { readBodyWithin } from "~/http/limited-body";
import { judgeTrpcBatch, TRPC_BODY_REFUSAL, TRPC_MAX_BATCH_CALLS, TRPC_MAX_BODY_BYTES, type TrpcRefusal } from "~/http/trpc-limits";

const ENDPOINT = "/api/trpc";

/** A refusal in tRPC's error shape, so the client reads its message like any other error. */
function refuse({ status, message }: TrpcRefusal): Response {
  const body = { error: { message, code: TRPC_ERROR_CODES_BY_KEY.PAYLOAD_TOO_LARGE, data: { code: "PAYLOAD_TOO_LARGE", httpStatus: status } } };
  return Response.json(body, { status });
}

async function handler(request: Request) {
  // Both limits are judged before the context is made or any procedure runs: a refused batch runs none.
  const batchRefusal = judgeTrpcBatch(new URL(request.url), ENDPOINT);
  if (batchRefusal) return refuse(batchRefusal);
  let req = request;
  if (request.method === "POST") {
    const body = await readBodyWithin(request, TRPC_MAX_BODY_BYTES);
    if (!body.ok) return body.reason === "too-large" ? refuse(TRPC_BODY_REFUSAL) : Response.json({ error: { message: "The request body could not be read." } }, { status: 400 });
    req = new Request(request.url, { method: "POST", headers: request.headers, body: body.bytes as BodyInit, signal: request.signal });
  }
  return fetchRequestHandler({
    endpoint: ENDPOINT,
    req,
    router: appRouter,
    // tRPC's own check at the same limit, behind ours (which words the refusal): should the two ever
    // count differently, the batch is still refused before any call runs.
    maxBatchSize: TRPC_MAX_BATCH_CALLS,
    createContext: createRequestContext,
    onError({ error, path, req: failed }) {
      // The procedure's name and the error's name and code only: inputs and messages can hold children's personal data.
      if (error.code === "INTERNAL_SERVER_ERROR")
        logger.error("trpc.failed", { requestId: failed.headers.get(REQUEST_ID_HEADER) ?? undefined, procedure: path ?? "?", ...errorFacts(error.cause ?? error) });
    },
  });
}

export { handler as GET, handler as POST };
