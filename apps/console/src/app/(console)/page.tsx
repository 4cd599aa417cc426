import { redirect } from "next/navigation";
import { NAV_ITEMS } from "~/components/nav-items";
import { getServerCaller } from "~/server/caller";

// Each role lands on its first page: staff on their work queue, managers on the dashboards.
export default async function Home() {
  const me = await (await getServerCaller()).session.me();
  const roles = me.memberships.find((m) => m.councilId === me.currentCouncilId)?.roles ?? [];
  const first = NAV_ITEMS.find((item) => roles.some((r) => item.roles.includes(r)));
  redirect(first?.href ?? "/no-access");
}
