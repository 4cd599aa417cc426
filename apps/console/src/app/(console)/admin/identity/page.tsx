import type { Metadata } from "next";
import { loadAsUser } from "~/server/load-as-user";
import { IdentityProviderForm } from "./identity-provider-form";
import { GroupRolesForm } from "./group-roles-form";
import { SignInSettingsForm } from "./sign-in-settings-form";

export const metadata: Metadata = { title: "Sign-in and identity provider" };

/** Issue 21: how the council's staff sign in. Each form saves through the identity procedures, which check the role again. */
export default async function IdentityPage() {
  // A role that may not manage sign-in gets the one "not allowed" page, as the procedures would answer.
  await loadAsUser((caller) => caller.identity.settings());
  return (
    <>
      <h1>Sign-in and identity provider</h1>
      <p className="lede">
        Staff can sign in with their council account (Microsoft Entra ID or another OpenID Connect provider). Their groups there give their roles
        here, and are checked again as they work: someone removed from the groups loses access at once.
      </p>
      <IdentityProviderForm />
      <GroupRolesForm />
      <SignInSettingsForm />
    </>
  );
}
