import "server-only";
import { textErrorResponse } from "~/http/user-facing-error";

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
    return textErrorResponse(error, `${what} PDF`, { refusals: messages, unknownIdIsNotFound: true });
  }
}
