/**
 * Issue 21: a council may switch local passwords off only once its staff have another way in (its
 * identity provider), or nobody, its admins included, could sign in to put it right.
 */
export function judgeLocalPasswordsOff(input: { localPasswords: boolean; hasProvider: boolean; hasGroupRoles: boolean }): string | null {
  if (input.localPasswords) return null;
  if (!input.hasProvider) return "set up the council's identity provider before switching local passwords off";
  if (!input.hasGroupRoles) return "map at least one of the provider's groups to a role before switching local passwords off";
  return null;
}
