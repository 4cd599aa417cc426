import type { Role } from "@pb/auth";

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
  { href: "/exports", label: "Exports", roles: ["commissioner", "manager", "admin"] },
  { href: "/finance", label: "Finance", roles: ["finance_officer", "admin"] },
];
