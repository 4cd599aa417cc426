import "server-only";
import { TRPCError } from "@trpc/server";
import { ZodError } from "zod";
import { getHTTPStatusCodeFromError } from "@trpc/server/http";

type Rendered = { bytes: Uint8Array; name: string };

/**
 * A letter's PDF as a download, from the same procedure and letter model as its page, so it carries
 * the same checks and words; refusals in words, never the internal error.
 */
export async function letterPdfResponse(what: string, render: () => Promise<Rendered>): Promise<Response> {
  const messages: Record<number, string> = { 401: "Please sign in.", 403: `Your role does not allow you to open ${what}s.`, 404: `That ${what} was not found.` };
  try {
    const { bytes, name } = await render();
    const body = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
    return new Response(body, { headers: { "content-type": "application/pdf", "content-disposition": `attachment; filename="${name}"` } });
  } catch (error) {
    if (error instanceof TRPCError && error.code !== "INTERNAL_SERVER_ERROR") {
      // A malformed id, or a letter not yet due (a review with no outcome), is as unknown as another council's.
      const status = error.cause instanceof ZodError || error.code === "BAD_REQUEST" ? 404 : getHTTPStatusCodeFromError(error);
      return new Response(messages[status] ?? error.message, { status, headers: { "content-type": "text/plain; charset=utf-8" } });
    }
    console.error(`${what} PDF failed:`, error instanceof Error ? error.message : String(error));
    return new Response("Something went wrong on our side. Please try again.", { status: 500 });
  }
}
