import { TRPCError } from "@trpc/server";
import { getHTTPStatusCodeFromError } from "@trpc/server/http";
import { megabytes, readBodyWithin } from "~/http/limited-body";
import { logFailure } from "~/server/log";

/** A procedure's error as a plain-text answer: 4xx with its message (which names the field), or a generic 500. */
export function respondWithError(error: unknown, what: string): Response {
  if (error instanceof TRPCError && error.code !== "INTERNAL_SERVER_ERROR") {
    return new Response(JSON.stringify({ error: error.message }), { status: getHTTPStatusCodeFromError(error), headers: { "content-type": "application/json" } });
  }
  // Never the message itself: it could carry a file's content.
  logFailure("finance.failed", error, { action: what });
  return new Response(JSON.stringify({ error: "Something went wrong on our side. Please try again." }), { status: 500, headers: { "content-type": "application/json" } });
}

export function jsonError(status: number, message: string): Response {
  return new Response(JSON.stringify({ error: message }), { status, headers: { "content-type": "application/json" } });
}

/** The request's form, refusing a body over `maxBytes` before it is all read (see readBodyWithin). */
export async function readLimitedForm(request: Request, maxBytes: number): Promise<FormData | Response> {
  const body = await readBodyWithin(request, maxBytes);
  if (!body.ok && body.reason === "too-large") return jsonError(413, `file: is too large; the limit is ${megabytes(maxBytes)}`);
  if (!body.ok || body.bytes.byteLength === 0) return jsonError(400, body.ok ? "file: is required" : "file: the upload could not be read as a form");
  try {
    return await new Response(body.bytes as BodyInit, { headers: { "content-type": request.headers.get("content-type") ?? "" } }).formData();
  } catch {
    return jsonError(400, "file: the upload could not be read as a form");
  }
}

/** The uploaded file's bytes as base64, or a 400 naming the field. */
export async function fileFrom(form: FormData, field = "file"): Promise<{ name: string; base64: string } | Response> {
  const file = form.get(field);
  if (!(file instanceof File) || file.size === 0) return jsonError(400, `${field}: choose a file to upload`);
  return { name: file.name, base64: Buffer.from(await file.arrayBuffer()).toString("base64") };
}

export const textOf = (form: FormData, field: string): string => {
  const value = form.get(field);
  return typeof value === "string" ? value : "";
};
