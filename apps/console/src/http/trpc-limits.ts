/**
 * Limits of the tRPC endpoint (/api/trpc), checked before any procedure runs. The browser client
 * splits its batches at the same limit (src/trpc/client.tsx), so only a hand-made request meets it.
 */
import { megabytes } from "./limited-body";

/** The most calls one batched request may carry; the console's pages ask for far fewer at once. */
export const TRPC_MAX_BATCH_CALLS = 20;
/** The largest tRPC body: files go to their own upload routes, which have their own limits. */
export const TRPC_MAX_BODY_BYTES = 1024 * 1024;

export type TrpcRefusal = { status: 413; message: string };

/**
 * How many procedures the request calls: "a,b,c?batch=1" is three; without batch=1 it is one.
 * Counted as tRPC reads the path, after decoding, so "a%2Cb" is two as well.
 */
export function countTrpcCalls(url: URL, endpoint: string): number {
  if (url.searchParams.get("batch") !== "1") return 1;
  const raw = url.pathname.slice(endpoint.length).replace(/^\/+/, "");
  let paths = raw;
  try {
    paths = decodeURIComponent(raw);
  } catch {
    // tRPC refuses a path it cannot decode with 400 before running anything.
  }
  return paths.split(",").length;
}

export function judgeTrpcBatch(url: URL, endpoint: string): TrpcRefusal | null {
  const calls = countTrpcCalls(url, endpoint);
  if (calls <= TRPC_MAX_BATCH_CALLS) return null;
  return {
    status: 413,
    message: `This request carries ${calls} calls; the limit is ${TRPC_MAX_BATCH_CALLS} calls a request. None was run.`,
  };
}

export const TRPC_BODY_REFUSAL: TrpcRefusal = {
  status: 413,
  message: `The request body is over ${megabytes(TRPC_MAX_BODY_BYTES)}, the limit for /api/trpc. Nothing was run.`,
};
