// Issue 21: how the users page words a user's standing and their latest invitation. Pure.

export type InvitationFacts = { expiresAt: Date; acceptedAt: Date | null; withdrawnAt: Date | null };
export type InvitationState = "open" | "accepted" | "expired" | "withdrawn";

export function invitationState(inv: InvitationFacts, now: Date): InvitationState {
  if (inv.acceptedAt) return "accepted";
  if (inv.withdrawnAt) return "withdrawn";
  return inv.expiresAt > now ? "open" : "expired";
}

export type UserStatus = "active" | "invited" | "deactivated";

/**
 * Deactivated here (or the account is), else invited while their latest invitation here is not yet
 * used and they have never signed in, else active.
 */
export function userStatus(facts: { deactivatedHere: boolean; accountDeactivated: boolean; lastSignedInAt: Date | null; latestInvitation: InvitationState | null }): UserStatus {
  if (facts.deactivatedHere || facts.accountDeactivated) return "deactivated";
  if (facts.latestInvitation && facts.latestInvitation !== "accepted" && !facts.lastSignedInAt) return "invited";
  return "active";
}

export const USER_STATUS_WORDS: Record<UserStatus, string> = { active: "Active", invited: "Invited", deactivated: "Deactivated" };
export const INVITATION_STATE_WORDS: Record<InvitationState, string> = {
  open: "Open",
  accepted: "Password set",
  expired: "Expired",
  withdrawn: "Replaced or withdrawn",
};
