import { ACCESS, hasAnyRole, type Role } from "@pb/auth";

export type NavItem = { href: string; label: string; roles: readonly Role[] };

// Links are shown to the roles that can use the page; the procedures behind each page check again.
export const NAV_ITEMS: readonly NavItem[] = [
  { href: "/queues", label: "Work queues", roles: ["case_officer", "panel_member", "finance_officer", "admin"] },
  { href: "/cases", label: "Children and young people", roles: ["case_officer", "panel_member", "finance_officer", "admin", "manager"] },
  { href: "/dashboards/spend", label: "Spend by funding stream", roles: ["manager", "commissioner", "admin"] },
  { href: "/dashboards/uptake", label: "Uptake", roles: ["manager", "commissioner", "admin"] },
  { href: "/dashboards/cessations", label: "Cessations", roles: ["manager", "commissioner", "admin"] },
  { href: "/dashboards/policy-review", label: "Policy review", roles: ["manager", "commissioner", "admin"] },
  { href: "/dashboards/review-pack", label: "Review pack", roles: ["manager", "commissioner", "admin"] },
  { href: "/dashboards/what-if", label: "What if", roles: ["manager", "commissioner", "admin"] },
  { href: "/admin/policy", label: "Policy", roles: ["admin"] },
  { href: "/admin/users", label: "Users", roles: ACCESS.userAdmin },
  { href: "/admin/sign-in", label: "Sign-in lockouts", roles: ACCESS.signInSecurity },
  { href: "/admin/notify", label: "Notify templates", roles: ACCESS.notifyTemplates },
  { href: "/admin/identity", label: "Sign-in and identity", roles: ACCESS.identityAdmin },
  { href: "/exports", label: "Exports", roles: ["commissioner", "manager", "admin"] },
  { href: "/finance", label: "Finance", roles: ["finance_officer", "admin"] },
];

// The pages people open first: work queues for those who work cases and payments, the dashboards for
// managers and commissioners; anyone else lands on the first page they may use.
const LANDING_ORDER = ["/queues", "/dashboards/spend"];

/** Where a user with these roles lands after signing in. */
export function landingHref(roles: readonly Role[]): string {
  const usable = NAV_ITEMS.filter((item) => hasAnyRole(roles, item.roles));
  const first = LANDING_ORDER.find((href) => usable.some((item) => item.href === href));
  return first ?? usable[0]?.href ?? "/no-access";
}
