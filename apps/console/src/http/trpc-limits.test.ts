import { describe, expect, it } from "vitest";
import { readBodyWithin } from "./limited-body";
import { countTrpcCalls, judgeTrpcBatch, TRPC_MAX_BATCH_CALLS } from "./trpc-limits";

const url = (calls: number, batch = true) =>
  new URL(`http://localhost/api/trpc/${Array.from({ length: calls }, () => "me.get").join(",")}${batch ? "?batch=1" : ""}`);

describe("the tRPC batch limit", () => {
  it("counts a batch's calls by its paths", () => {
    expect(countTrpcCalls(url(3), "/api/trpc")).toBe(3);
    expect(countTrpcCalls(url(1, false), "/api/trpc")).toBe(1);
    // tRPC decodes the path before splitting it, so an encoded comma separates calls too.
    expect(countTrpcCalls(new URL("http://localhost/api/trpc/me.get%2Cme.get%2cme.get?batch=1"), "/api/trpc")).toBe(3);
  });

  it("passes a batch at the limit and refuses one over it with 413, naming the count and the limit", () => {
    expect(judgeTrpcBatch(url(TRPC_MAX_BATCH_CALLS), "/api/trpc")).toBeNull();
    const refusal = judgeTrpcBatch(url(500), "/api/trpc");
    expect(refusal?.status).toBe(413);
    expect(refusal?.message).toBe(
      `This request carries 500 calls; the limit is ${TRPC_MAX_BATCH_CALLS} calls a request. None was run.`,
    );
  });
});

describe("readBodyWithin", () => {
  const streamOf = (chunks: number, size: number) =>
    new ReadableStream<Uint8Array>({
      start(controller) {
        for (let i = 0; i < chunks; i++) controller.enqueue(new Uint8Array(size).fill(i));
        controller.close();
      },
    });
  const streamed = (body: ReadableStream<Uint8Array>) =>
    new Request("http://localhost/", { method: "POST", body, duplex: "half" } as RequestInit);

  it("reads a body within the limit whole", async () => {
    const body = await readBodyWithin(streamed(streamOf(4, 250)), 1000);
    expect(body.ok && body.bytes.byteLength).toBe(1000);
    expect(body.ok && [...body.bytes.subarray(745, 755)]).toEqual([2, 2, 2, 2, 2, 3, 3, 3, 3, 3]);
  });

  it("refuses a body over the limit by its declared length, and by counting when it declares none", async () => {
    const declared = new Request("http://localhost/", {
      method: "POST",
      body: "x".repeat(10),
      headers: { "content-length": "2000000" },
    });
    expect(await readBodyWithin(declared, 1000)).toEqual({ ok: false, reason: "too-large" });
    expect(await readBodyWithin(streamed(streamOf(5, 250)), 1000)).toEqual({ ok: false, reason: "too-large" });
  });
});
