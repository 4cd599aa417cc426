import type { Metadata } from "next";
import { loadAsUser } from "~/server/load-as-user";
import { UsersAdmin } from "./users-admin";

export const metadata: Metadata = { title: "Users" };

/** Issue 21: the council's users for its admins: invite, change roles, deactivate, reactivate. */
export default async function UsersPage() {
  // The role check as the page loads: a refused role gets the "not allowed" page, not an empty form.
  await loadAsUser((caller) => caller.users.list());
  return (
    <>
      <h1>Users</h1>
      <p className="lede">
        Who can use the console for this council, with what roles. An invited person gets an email with a link to set their password, which
        works once, for 7 days. Deactivating someone removes their roles here and ends their sessions at once; their account is switched off
        too unless another council also has them.
      </p>
      <UsersAdmin />
    </>
  );
}
