import NextAuth from "next-auth";
import { authOptionsForRequest } from "~/server/auth";

type RouteContext = { params: Promise<{ nextauth: string[] }> };

// Options per request: the councils' identity providers are read from the database each time, so a
// change in /admin/identity needs no restart. next-auth's types predate the App Router's handler shape.
async function handler(request: Request, context: RouteContext): Promise<Response> {
  return NextAuth(request as never, context as never, await authOptionsForRequest()) as Promise<Response>;
}

export { handler as GET, handler as POST };
