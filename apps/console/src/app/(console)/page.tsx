import { redirect } from "next/navigation";
import { landingHref } from "~/components/nav-items";
import { getCurrentRoles } from "~/server/me";

export default async function Home() {
  redirect(landingHref(await getCurrentRoles()));
}
