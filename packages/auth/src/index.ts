export { ROLES, ROLE_LABELS, ACCESS, isRole, hasAnyRole, rolesIn, type Role } from "./roles";
export {
  verifyCredentials,
  getMemberships,
  chooseMembership,
  councilsOpenTo,
  type Membership,
  type SignedInUser,
  type SignInMethod,
} from "./credentials";
export { hashPassword, checkPassword } from "./password-hash";
export { createAuthOptions, type AuthSettings } from "./next-auth-options";
export { getPersonalDetailsAccess, type PersonalDetailsAccess } from "./personal-details";
export * from "./sign-in";
export { configureSignInSecretsKey, sealSecret, openSecret, SealedSecretError } from "./secrets/sealed-secret";
export { totpAt, verifyTotp, otpauthUri, base32Encode, base32Decode, newTotpSecret, TOTP_DEFAULTS } from "./secrets/totp";
export { readGroupsClaim, rolesForGroups } from "./identity/group-roles";
export { clientSecretSealBinding, oidcProviderId, toProviderEntries, toNextAuthProvider, OIDC_SCOPES, type OidcProviderEntry } from "./oidc/provider-config";
export { completeOidcSignIn, type OidcSignInOutcome } from "./oidc/oidc-sign-in";
export { recheckOidcAccess, type RecheckSettings, type RecheckOutcome } from "./oidc/recheck";
export { refreshTokenSealBinding, ROLES_FROM_GROUPS } from "./oidc/council-access";
export { beginTotpEnrolment, confirmTotpEnrolment, hasSecondFactor, TWO_STEP_ENROLLED, type EnrolmentStart, type EnrolmentEnd } from "./secrets/totp-enrolment";
export { acceptInvitation, readInvitationLink, refuseNewPassword, PASSWORD_MIN_LENGTH, PASSWORD_MAX_LENGTH, type AcceptOutcome, type InvitationLink } from "./invitations";
