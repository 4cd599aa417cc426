import { z } from "zod";
import { ACCESS, ROLES } from "@pb/auth";
import { changeCouncilUserRoles, deactivateCouncilUser, inviteCouncilUser, listCouncilUsers, listUserChanges, reactivateCouncilUser, resendInvitation } from "@pb/services";
import { councilProcedure, createRouter } from "../trpc";
import { Uuid } from "../inputs";

const Roles = z
  .array(z.enum(ROLES, "must be one of the council's roles"))
  .min(1, "choose at least one role")
  .max(ROLES.length, `at most ${ROLES.length} roles`);

export const InviteUser = z.strictObject({
  email: z.string().trim().max(320, "must be at most 320 characters").pipe(z.email("must be an email address")),
  displayName: z.string().trim().min(1, "enter the person's name").max(200, "must be at most 200 characters"),
  roles: Roles,
});
const UserId = z.strictObject({ userId: Uuid });

/** Issue 21: the council's users, for its admins. The invitation's token never leaves the server but in its email. */
export const usersRouter = createRouter({
  list: councilProcedure(ACCESS.userAdmin).query(({ ctx }) => listCouncilUsers(ctx.service)),
  /** The latest audited changes to the council's users. */
  changes: councilProcedure(ACCESS.userAdmin).query(({ ctx }) => listUserChanges(ctx.service)),

  invite: councilProcedure(ACCESS.userAdmin)
    .input(InviteUser)
    .mutation(async ({ ctx, input }) => {
      const { userId, invitationId, newAccount } = await inviteCouncilUser(ctx.service, input);
      return { userId, invitationId, newAccount };
    }),

  changeRoles: councilProcedure(ACCESS.userAdmin)
    .input(z.strictObject({ userId: Uuid, roles: Roles }))
    .mutation(({ ctx, input }) => changeCouncilUserRoles(ctx.service, input)),

  deactivate: councilProcedure(ACCESS.userAdmin)
    .input(UserId)
    .mutation(({ ctx, input }) => deactivateCouncilUser(ctx.service, input)),

  reactivate: councilProcedure(ACCESS.userAdmin)
    .input(UserId)
    .mutation(({ ctx, input }) => reactivateCouncilUser(ctx.service, input)),

  resendInvitation: councilProcedure(ACCESS.userAdmin)
    .input(UserId)
    .mutation(async ({ ctx, input }) => {
      const { invitationId } = await resendInvitation(ctx.service, input);
      return { invitationId };
    }),
});
