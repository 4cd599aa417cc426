import { redirect } from "next/navigation";
import { rolesIn } from "@pb/auth";
import { landingHref } from "~/components/nav-items";
import { getServerCaller } from "~/server/caller";

export default async function Home() {
  const me = await (await getServerCaller()).session.me();
  redirect(landingHref(rolesIn(me.memberships, me.currentCouncilId)));
}
