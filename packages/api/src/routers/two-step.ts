import { TRPCError } from "@trpc/server";
import { z } from "zod";
import { beginTotpEnrolment, confirmTotpEnrolment, hasSecondFactor } from "@pb/auth";
import { createRouter, userProcedure } from "../trpc";

const CodeInput = z.object({ code: z.string().trim().regex(/^\d{6}$/, "must be the 6 digits your app shows") });

/** A signed-in user's own second factor (issue 21): outside any council, as the account is. */
export const twoStepRouter = createRouter({
  status: userProcedure.query(async ({ ctx }) => ({ enrolled: await hasSecondFactor(ctx.db, ctx.userId) })),

  /** The secret, shown this once. */
  begin: userProcedure.mutation(async ({ ctx }) => {
    const started = await beginTotpEnrolment(ctx.db, ctx.userId);
    if (started.kind === "already_enrolled") throw new TRPCError({ code: "CONFLICT", message: "Two-step verification is already set up for your account." });
    return { otpauthUri: started.otpauthUri, key: started.key };
  }),

  confirm: userProcedure.input(CodeInput).mutation(async ({ ctx, input }) => {
    const outcome = await confirmTotpEnrolment(ctx.db, ctx.userId, input.code, new Date());
    if (outcome.kind === "code_wrong") throw new TRPCError({ code: "BAD_REQUEST", message: "code: is not the code your app shows now" });
    if (outcome.kind === "wait") throw new TRPCError({ code: "TOO_MANY_REQUESTS", message: "code: too many wrong codes; wait a few minutes and try again" });
    if (outcome.kind === "not_started") throw new TRPCError({ code: "CONFLICT", message: "Start setting up again: there is no key waiting to be confirmed." });
    return { enrolled: true };
  }),
});
