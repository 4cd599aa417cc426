import { TRPCError } from "@trpc/server";
import { ACCESS, clientSecretSealBinding, SealedSecretError, sealSecret } from "@pb/auth";
import { addGroupRole, getIdentitySettings, removeGroupRole, saveIdentityProvider, saveSignInSettings } from "@pb/services";
import { councilProcedure, createRouter } from "../trpc";
import { GroupRoleInput, IdentityProviderInput, SignInSettingsInput } from "./identity-inputs";

/** The client secret sealed for this council; a server without its key refuses it as the field's fault to fix. */
function sealClientSecret(councilId: string, secret: string | undefined): Uint8Array | null {
  if (!secret) return null;
  try {
    return sealSecret(secret, clientSecretSealBinding(councilId));
  } catch (error) {
    if (error instanceof SealedSecretError) throw new TRPCError({ code: "BAD_REQUEST", message: `clientSecret: cannot be stored: ${error.message}` });
    throw error;
  }
}

export const identityRouter = createRouter({
  /** The council's provider (never its secret), group roles and sign-in settings. */
  settings: councilProcedure(ACCESS.identityAdmin).query(({ ctx }) => getIdentitySettings(ctx.service)),

  saveProvider: councilProcedure(ACCESS.identityAdmin)
    .input(IdentityProviderInput)
    .mutation(({ ctx, input }) =>
      saveIdentityProvider(ctx.service, { issuer: input.issuer, clientId: input.clientId, groupsClaim: input.groupsClaim, version: input.version, clientSecretSealed: sealClientSecret(ctx.councilId, input.clientSecret) }),
    ),

  addGroupRole: councilProcedure(ACCESS.identityAdmin).input(GroupRoleInput).mutation(({ ctx, input }) => addGroupRole(ctx.service, input)),

  removeGroupRole: councilProcedure(ACCESS.identityAdmin).input(GroupRoleInput).mutation(({ ctx, input }) => removeGroupRole(ctx.service, input)),

  saveSignInSettings: councilProcedure(ACCESS.identityAdmin).input(SignInSettingsInput).mutation(({ ctx, input }) => saveSignInSettings(ctx.service, input)),
});
