import { TRPCError } from "@trpc/server";
import { getHTTPStatusCodeFromError } from "@trpc/server/http";

/** A procedure's error as a plain-text answer: 4xx with its message (which names the field), or a generic 500. */
export function respondWithError(error: unknown, what: string): Response {
  if (error instanceof TRPCError && error.code !== "INTERNAL_SERVER_ERROR") {
    return new Response(JSON.stringify({ error: error.message }), { status: getHTTPStatusCodeFromError(error), headers: { "content-type": "application/json" } });
  }
  // Never the message itself: it could carry a file's content.
  console.error(`${what} failed`);
  return new Response(JSON.stringify({ error: "Something went wrong on our side. Please try again." }), { status: 500, headers: { "content-type": "application/json" } });
}

export function jsonError(status: number, message: string): Response {
  return new Response(JSON.stringify({ error: message }), { status, headers: { "content-type": "application/json" } });
}

/**
 * The request's form, refusing a body over `maxBytes` before it is all read: by its declared length
 * when there is one, and by counting as it streams when there is not.
 */
export async function readLimitedForm(request: Request, maxBytes: number): Promise<FormData | Response> {
  const declared = Number(request.headers.get("content-length") ?? "NaN");
  if (Number.isFinite(declared) && declared > maxBytes) return jsonError(413, `file: is too large; the limit is ${Math.floor(maxBytes / 1024 / 1024)} MB`);
  if (!request.body) return jsonError(400, "file: is required");
  let seen = 0;
  const limited = request.body.pipeThrough(
    new TransformStream<Uint8Array, Uint8Array>({
      transform(chunk, controller) {
        seen += chunk.byteLength;
        if (seen > maxBytes) controller.error(new RangeError("too large"));
        else controller.enqueue(chunk);
      },
    }),
  );
  try {
    return await new Request(request.url, { method: "POST", headers: request.headers, body: limited, duplex: "half" } as RequestInit).formData();
  } catch (error) {
    if (seen > maxBytes) return jsonError(413, `file: is too large; the limit is ${Math.floor(maxBytes / 1024 / 1024)} MB`);
    void error;
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
