import type { Role } from "../schema";

// Fictional names only: the demo must never look like real children's records.
export const GIVEN_NAMES = [
  "Amara", "Ben", "Chloe", "Dev", "Ella", "Finn", "Grace", "Harvey", "Isla", "Jay", "Kai", "Layla",
  "Milo", "Nia", "Oscar", "Priya", "Quinn", "Rosa", "Sami", "Tia", "Umar", "Violet", "Wren", "Yusuf", "Zara",
] as const;
export const FAMILY_NAMES = [
  "Adeyemi", "Brook", "Carter", "Dawson", "Evans", "Fletcher", "Green", "Hughes", "Iqbal", "Jones",
  "Kowalski", "Lewis", "Morgan", "Novak", "Owen", "Patel", "Quayle", "Reid", "Singh", "Taylor", "Walsh",
] as const;

export const DEMO_PASSWORD = "demo-personal-budgets";

export const DEMO_USERS: readonly { email: string; name: string; role: Role }[] = [
  { email: "admin@demo-county.test", name: "Alex Admin", role: "admin" },
  { email: "manager@demo-county.test", name: "Morgan Manager", role: "manager" },
  { email: "commissioner@demo-county.test", name: "Casey Commissioner", role: "commissioner" },
  { email: "case.officer@demo-county.test", name: "Charlie Case Officer", role: "case_officer" },
  { email: "panel@demo-county.test", name: "Pat Panel", role: "panel_member" },
  { email: "finance@demo-county.test", name: "Frankie Finance", role: "finance_officer" },
];

/** More users of roles the demo already has (a second manager to share a dashboard's link with): demo seed only. */
export const DEMO_MORE_USERS: readonly { email: string; name: string; role: Role }[] = [
  { email: "manager2@demo-county.test", name: "Robin Second Manager", role: "manager" },
];
