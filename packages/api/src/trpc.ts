import { todayIso } from "@pb/calendar";
import { initTRPC, TRPCError } from "@trpc/server";
import type { Kysely } from "kysely";
import { ZodError } from "zod";
import { chooseMembership, getMemberships, hasAnyRole, type Role, type SignInMethod } from "@pb/auth";
import { withCouncil, type CouncilTransaction, type DB } from "@pb/db";
import { type ServiceContext } from "@pb/services";
import { toTrpcError } from "./errors";
import { findUnsafeText, UNSAFE_TEXT_MESSAGE } from "./safe-text";

// 1. Context: who is calling, and for which council they asked to act.
export type Context = {
  db: Kysely<DB>;
  userId: string | null;
  requestedCouncilId: string | null;
  /**
   * How the session signed in (issue 21): it limits the councils the user may act for (a password
   * session none whose passwords are off; a provider's session its council only). The console always
   * sets it; server code acting for a user it trusts (tests, the CLI) may leave it out.
   */
  signInMethod?: SignInMethod;
};

export function createContext(input: Context): Context {
  return input;
}

// 2. Initialisation: field errors for forms; no internal message or stack ever reaches a user.
const t = initTRPC.context<Context>().create({
  errorFormatter({ shape, error }) {
    const zod = error.cause instanceof ZodError ? error.cause : null;
    const internal = error.code === "INTERNAL_SERVER_ERROR";
    return {
      ...shape,
      message: zod ? describeZodError(zod) : internal ? "Something went wrong on our side. Please try again." : shape.message,
      data: {
        code: shape.data.code,
        httpStatus: shape.data.httpStatus,
        path: shape.data.path,
        fieldErrors: zod ? fieldErrorsOf(zod) : undefined,
      },
    };
  },
});

function pathText(path: readonly PropertyKey[]): string {
  return path.length ? path.map(String).join(".") : "input";
}
function describeZodError(error: ZodError): string {
  return error.issues.map((i) => `${pathText(i.path)}: ${i.message}`).join("; ");
}
function fieldErrorsOf(error: ZodError): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const issue of error.issues) (out[pathText(issue.path)] ??= []).push(issue.message);
  return out;
}

export const createRouter = t.router;
export const createCallerFactory = t.createCallerFactory;

const mapErrors = t.middleware(async ({ next }) => {
  const result = await next();
  if (!result.ok) {
    const mapped = toTrpcError(result.error.cause);
    if (mapped) throw mapped;
  }
  return result;
});

// 3. Procedures. Nothing is public but sign-in, which next-auth serves itself.
const signedIn = t.procedure.use(mapErrors).use(({ ctx, next }) => {
  if (!ctx.userId) throw new TRPCError({ code: "UNAUTHORIZED", message: "Please sign in." });
  return next({ ctx: { ...ctx, userId: ctx.userId } });
});

/** Any signed-in user, outside any council: for "who am I" and the council switcher. */
export const userProcedure = signedIn;

/**
 * Every procedure's input, whatever its schema, is refused if any text in it could not be stored as
 * sent (safe-text.ts); the 400 names the field as a schema's would.
 */
const safeText = t.middleware(async ({ next, getRawInput }) => {
  const path = findUnsafeText(await getRawInput().catch(() => undefined));
  if (path) {
    const cause = new ZodError([{ code: "custom", path, message: UNSAFE_TEXT_MESSAGE, input: undefined }]);
    throw new TRPCError({ code: "BAD_REQUEST", message: describeZodError(cause), cause });
  }
  return next();
});

class RollBack extends Error {}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The input's `councilId`, when it is an id at all (anything else is left for the input schema to refuse). */
async function readAskedCouncil(getRawInput: () => Promise<unknown>): Promise<string | null> {
  const raw = await getRawInput().catch(() => undefined);
  if (typeof raw !== "object" || raw === null || !("councilId" in raw)) return null;
  const id = (raw as { councilId: unknown }).councilId;
  return typeof id === "string" && UUID.test(id) ? id.toLowerCase() : null;
}

/**
 * A procedure for the given roles in the caller's current council. The body runs inside one
 * transaction scoped to that council (row-level security underneath), and a failure anywhere
 * rolls everything back, so nothing is half written.
 */
export function councilProcedure(roles: readonly Role[]) {
  return signedIn.use(safeText).use(async ({ ctx, next, getRawInput }) => {
    const memberships = await getMemberships(ctx.db, ctx.userId, ctx.signInMethod);
    // A council named in the input (a dashboard's URL) must be one of the caller's; else the cookie's choice.
    // Another council's id is not found, as any other id of theirs is: the answer never tells it exists.
    const asked = await readAskedCouncil(getRawInput);
    if (asked && !memberships.some((m) => m.councilId === asked)) throw new TRPCError({ code: "NOT_FOUND", message: "councilId: none of your councils has that id." });
    const membership = chooseMembership(memberships, asked ?? ctx.requestedCouncilId);
    if (!membership) throw new TRPCError({ code: "FORBIDDEN", message: "You are not a member of any council." });
    if (!hasAnyRole(membership.roles, roles)) {
      throw new TRPCError({ code: "FORBIDDEN", message: "Your role does not allow this." });
    }
    const nextIn = (trx: CouncilTransaction) => {
      const service: ServiceContext = { db: trx, councilId: membership.councilId, actorUserId: ctx.userId, today: todayIso() };
      return next({ ctx: { ...ctx, db: trx, councilId: membership.councilId, roles: membership.roles, service } });
    };
    let outcome: Awaited<ReturnType<typeof nextIn>> | undefined;
    try {
      await withCouncil(ctx.db, membership.councilId, async (trx) => {
        outcome = await nextIn(trx);
        if (!outcome.ok) throw new RollBack();
      });
    } catch (error) {
      if (!(error instanceof RollBack)) throw error;
    }
    if (!outcome) throw new TRPCError({ code: "INTERNAL_SERVER_ERROR" });
    return outcome;
  });
}
