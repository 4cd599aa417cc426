import { NextResponse } from "next/server";
import { getCaseAccess } from "../_lib/load-access";
import { listHref, readListQuery, SEARCH_COOKIE } from "../_lib/list-query";

// The list's search form posts here so that what was typed (perhaps a child's name) stays out of the
// URL: the text goes in a cookie for the list's pages, and the list opens with `search=1` and the filters.
export async function POST(request: Request) {
  const form = await request.formData();
  const params: Record<string, string> = {};
  for (const [key, value] of form.entries()) if (typeof value === "string") params[key] = value;
  const text = (params.q ?? "").trim().slice(0, 100);
  const { access } = await getCaseAccess();
  const query = readListQuery({ ...params, search: "1", page: "1" }, access, text);
  // A relative Location: the list on whatever host the browser used.
  const response = new NextResponse(null, { status: 303, headers: { location: listHref(query) } });
  if (text) {
    const secure = new URL(request.url).protocol === "https:" || request.headers.get("x-forwarded-proto") === "https";
    response.cookies.set(SEARCH_COOKIE, text, { httpOnly: true, sameSite: "strict", secure, path: "/cases" });
  } else {
    response.cookies.delete({ name: SEARCH_COOKIE, path: "/cases" });
  }
  return response;
}
