export const ROLES = ["admin", "manager", "commissioner", "case_officer", "panel_member", "finance_officer"] as const;
export type Role = (typeof ROLES)[number];

export const ROLE_LABELS: Record<Role, string> = {
  admin: "Administrator",
  manager: "Manager",
  commissioner: "Commissioner",
  case_officer: "Case officer",
  panel_member: "Panel member",
  finance_officer: "Finance officer",
};

/** Who may do what: procedures name one of these sets rather than listing roles ad hoc. */
export const ACCESS = {
  dashboards: ["admin", "manager", "commissioner"],
  exports: ["commissioner", "manager", "admin"],
  /** Statutory returns (SEN2, the NHS personal health budget return, direct payments) are exact and name children by reference: only the role that submits them. */
  statutoryReturns: ["commissioner"],
  policyAdmin: ["admin"],
  /** Issue 19: locked accounts and recent sign-in lockouts of the council's own users. */
  signInSecurity: ["admin"],
  /** Issue 21: the council's identity provider, which groups give which roles, passwords and second factor. */
  identityAdmin: ["admin"],
  /** Issue 21: inviting the council's users, changing their roles, deactivating and reactivating them. */
  userAdmin: ["admin"],
  policyRead: ["admin", "manager", "commissioner", "case_officer", "panel_member", "finance_officer"],
  cases: ["case_officer", "panel_member", "finance_officer", "admin", "manager"],
  caseWrite: ["case_officer", "admin"],
  panel: ["panel_member", "admin"],
  /** Letters to families (decision, cessation notice, outcome of a review): written by case officers and panels. */
  letters: ["case_officer", "panel_member", "admin"],
  /** Confirming a condition of an approval (what, who, when, evidence): the case officer or the panel that set it. */
  confirmCondition: ["case_officer", "panel_member", "admin"],
  /**
   * Issue 21: how a family is reached (email, postal address), special category personal data. Case officers
   * correspond with families and admins keep records right; the panel decides on papers that need no address,
   * and finance officers' letters (a recovery decision) go through the outbox, which reads the address itself.
   */
  familyContact: ["case_officer", "admin"],
  /** Issue 21: the council's GOV.UK Notify templates, one per kind of message. */
  notifyTemplates: ["admin"],
  /** The outcome of a budget's review is the panel's as much as the case officer's. */
  reviewOutcome: ["case_officer", "panel_member", "admin"],
  /** Issue 17: setting a rule of the council's own policy aside is the panel's alone, not an administrator's. */
  setRulesAside: ["panel_member"],
  finance: ["finance_officer"],
  /** The case officer's check of how a direct payment is used (T4). */
  monitoringCheck: ["case_officer", "admin"],
  /** The finance officer's check of a direct payment account (T4). */
  financeCheck: ["finance_officer"],
  /** Either check: the procedure then holds each kind to its own roles. */
  anyCheck: ["case_officer", "admin", "finance_officer"],
  anyStaff: ROLES,
} as const satisfies Record<string, readonly Role[]>;

export function isRole(value: string): value is Role {
  return (ROLES as readonly string[]).includes(value);
}

/** Whether any of a user's roles is one of the allowed ones. */
export function hasAnyRole(roles: readonly Role[], allowed: readonly Role[]): boolean {
  return roles.some((r) => allowed.includes(r));
}

/** A user's roles in one council (none where they are not a member). */
export function rolesIn(memberships: readonly { councilId: string; roles: readonly Role[] }[], councilId: string | null | undefined): readonly Role[] {
  return memberships.find((m) => m.councilId === councilId)?.roles ?? [];
}
