import { TRPCError } from "@trpc/server";
import { ZodError } from "zod";
import { getHTTPStatusCodeFromError } from "@trpc/server/http";
import { getServerCaller } from "~/server/caller";
import { letterFileName, renderLetterPdf } from "@pb/services";

const MESSAGES: Record<number, string> = {
  401: "Please sign in.",
  403: "Your role does not allow you to open decision letters.",
  404: "That decision letter was not found.",
};

// The PDF comes from the same procedure and letter model as the page, so it carries the same checks and words.
export async function GET(_request: Request, { params }: { params: Promise<{ decisionId: string }> }) {
  const { decisionId } = await params;
  try {
    const { letter } = await (await getServerCaller()).decisions.letter({ decisionId });
    const bytes = await renderLetterPdf(letter);
    const body = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
    const name = letterFileName("decision-letter", letter.childReference, letter.dateIso);
    return new Response(body, {
      headers: { "content-type": "application/pdf", "content-disposition": `attachment; filename="${name}"` },
    });
  } catch (error) {
    // A server caller's internal error is a TRPCError too, with the original message: never shown.
    if (error instanceof TRPCError && error.code !== "INTERNAL_SERVER_ERROR") {
      // A malformed id is as unknown as another council's.
      const status = error.cause instanceof ZodError ? 404 : getHTTPStatusCodeFromError(error);
      return new Response(MESSAGES[status] ?? error.message, { status, headers: { "content-type": "text/plain; charset=utf-8" } });
    }
    console.error("decision letter PDF failed:", error instanceof Error ? error.message : String(error));
    return new Response("Something went wrong on our side. Please try again.", { status: 500 });
  }
}
