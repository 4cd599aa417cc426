import { userFacingError } from "~/http/user-facing-error";
import { megabytes, readBodyWithin } from "~/http/limited-body";

/** A failed finance file as a JSON answer ({ error }): the console's one rule for what a user is told (userFacingError). */
export function respondWithError(error: unknown, what: string): Response {
  const { status, message } = userFacingError(error, what);
  return jsonError(status, message);
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
