import { ROLES, isRole, type Role } from "../roles";

export type GroupRoleMapping = { group_id: string; role: string };

/**
 * The groups a provider's claims name under `claimName`: a list of texts (Entra ID sends object ids),
 * or one text. Anything else (absent, numbers, an Entra "overage" pointer instead of the list) is no group.
 */
export function readGroupsClaim(claims: Record<string, unknown>, claimName: string): string[] {
  const value = claims[claimName];
  if (typeof value === "string") return value ? [value] : [];
  if (!Array.isArray(value)) return [];
  return value.filter((g): g is string => typeof g === "string" && g.length > 0);
}

/** A user's roles in a council from their groups: every role a group of theirs is mapped to, in ROLES order; none when no group is mapped. */
export function rolesForGroups(groups: readonly string[], mappings: readonly GroupRoleMapping[]): Role[] {
  const mine = new Set(groups);
  const roles = new Set(mappings.filter((m) => mine.has(m.group_id) && isRole(m.role)).map((m) => m.role));
  return ROLES.filter((r) => roles.has(r));
}
