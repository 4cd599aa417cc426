import type { Role } from "@pb/db";

// Issue 21: what an admin may not do to a council's users, whatever the form sends. Pure: the verbs
// load the facts and throw a ConflictError (409) with these words.

export type AdminChangeFacts = {
  actorUserId: string | null;
  targetUserId: string;
  /** The target's roles in this council now. */
  currentRoles: readonly Role[];
  /** Other active admins of this council (not the target). */
  otherAdmins: number;
};

/** Why a change of the target's roles to `newRoles` is refused, or null when it may be made. */
export function refuseRoleChange(facts: AdminChangeFacts, newRoles: readonly Role[]): string | null {
  if (facts.currentRoles.includes("admin") && !newRoles.includes("admin") && facts.otherAdmins === 0) {
    return "This is the council's only administrator: make someone else an administrator first.";
  }
  return null;
}

/** Why deactivating the target in this council is refused, or null when it may be done. */
export function refuseDeactivation(facts: AdminChangeFacts): string | null {
  if (facts.actorUserId === facts.targetUserId) return "You cannot deactivate yourself: ask another administrator.";
  return refuseRoleChange(facts, []);
}
