import { TRPCError } from "@trpc/server";
import { NextResponse } from "next/server";
import { isSafeText, UNSAFE_TEXT_MESSAGE } from "@pb/api";
import { readBodyWithin } from "~/http/limited-body";
import { getCaseAccess } from "../_lib/load-access";
import { servedOverHttps } from "~/public-url";
import { listHref, readListQuery, SEARCH_COOKIE } from "../_lib/list-query";

// A search form's few fields; anything larger is no search.
const FORM_MAX_BYTES = 16 * 1024;
const SEARCH_MAX_CHARACTERS = 100;

const refuse = (status: number, message: string) => new Response(JSON.stringify({ error: message }), { status, headers: { "content-type": "application/json" } });

// The list's search form posts here so that what was typed (perhaps a child's name) stays out of the
// URL: the text goes in a cookie for the list's pages, and the list opens with `search=1` and the filters.
export async function POST(request: Request) {
  const body = await readBodyWithin(request, FORM_MAX_BYTES);
  if (!body.ok) return refuse(body.reason === "too-large" ? 413 : 400, "q: the search could not be read");
  let form: FormData;
  try {
    form = await new Response(body.bytes as BodyInit, { headers: { "content-type": request.headers.get("content-type") ?? "" } }).formData();
  } catch {
    return refuse(400, "q: the search could not be read as a form");
  }
  const params: Record<string, string> = {};
  for (const [key, value] of form.entries()) if (typeof value === "string") params[key] = value;
  // By characters, not UTF-16 units, so a cut never leaves half a character for the cookie to choke on.
  const text = Array.from((params.q ?? "").trim()).slice(0, SEARCH_MAX_CHARACTERS).join("");
  if (!isSafeText(text)) return refuse(400, `q: ${UNSAFE_TEXT_MESSAGE}`);
  let access: Awaited<ReturnType<typeof getCaseAccess>>["access"];
  try {
    ({ access } = await getCaseAccess());
  } catch (error) {
    // A session that ended (signed out elsewhere, deactivated) signs in again, as a page would.
    if (error instanceof TRPCError && error.code === "UNAUTHORIZED") return NextResponse.redirect(new URL("/sign-in", request.url), 303);
    throw error;
  }
  const query = readListQuery({ ...params, search: "1", page: "1" }, access, text);
  // A relative Location: the list on whatever host the browser used.
  const response = new NextResponse(null, { status: 303, headers: { location: listHref(query) } });
  if (text) {
    response.cookies.set(SEARCH_COOKIE, text, { httpOnly: true, sameSite: "strict", secure: servedOverHttps, path: "/cases" });
  } else {
    response.cookies.delete({ name: SEARCH_COOKIE, path: "/cases" });
  }
  return response;
}
