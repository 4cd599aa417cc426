import { redirect } from "next/navigation";
import { NAV_ITEMS } from "~/components/nav-items";
import { hasAnyRole, rolesIn } from "@pb/auth";
import { getServerCaller } from "~/server/caller";

// Each role lands on its first page: staff on their work queue, managers on the dashboards.
export default async function Home() {
  const me = await (await getServerCaller()).session.me();
  const roles = rolesIn(me.memberships, me.currentCouncilId);
  const first = NAV_ITEMS.find((item) => hasAnyRole(roles, item.roles));
  redirect(first?.href ?? "/no-access");
}
