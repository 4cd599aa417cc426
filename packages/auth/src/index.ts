export { ROLES, ROLE_LABELS, ACCESS, isRole, hasAnyRole, rolesIn, type Role } from "./roles";
export {
  verifyCredentials,
  getMemberships,
  chooseMembership,
  hashPassword,
  type Membership,
  type SignedInUser,
} from "./credentials";
export { createAuthOptions, type AuthSettings } from "./next-auth-options";
export { getPersonalDetailsAccess, type PersonalDetailsAccess } from "./personal-details";
export * from "./sign-in";
export { acceptInvitation, readInvitationLink, refuseNewPassword, PASSWORD_MIN_LENGTH, PASSWORD_MAX_LENGTH, type AcceptOutcome, type InvitationLink } from "./invitations";
