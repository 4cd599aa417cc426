import { z } from "zod";
import { acceptInvitation } from "@pb/auth";
import { readBodyWithin } from "~/http/limited-body";
import { getDatabase } from "~/server/database";

// Issue 21: sets an invited user's password from their one-time link. Nobody is signed in: the token
// is the only credential, so it is never logged, and the answers are the same for an unknown, used,
// replaced or expired link.
const MAX_BYTES = 4 * 1024;
const Body = z.strictObject({ token: z.string().max(100), password: z.string().max(1000), confirmation: z.string().max(1000) });

export async function POST(request: Request) {
  const body = await readBodyWithin(request, MAX_BYTES);
  if (!body.ok) return Response.json({ kind: "refused", field: "password", message: "is too long" }, { status: body.reason === "too-large" ? 413 : 400 });
  let parsed: z.infer<typeof Body>;
  try {
    parsed = Body.parse(JSON.parse(new TextDecoder().decode(body.bytes)));
  } catch {
    return Response.json({ kind: "unusable" }, { status: 400 });
  }
  const outcome = await acceptInvitation((await getDatabase()).db, parsed);
  const status = outcome.kind === "accepted" ? 200 : outcome.kind === "refused" ? 400 : 410;
  return Response.json(outcome, { status });
}
