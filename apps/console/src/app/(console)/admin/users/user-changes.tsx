"use client";

import { useQuery } from "@tanstack/react-query";
import { useTRPC } from "~/trpc/client";
import { describeRoles } from "./role-checkboxes";
import { when } from "./users-admin";
import type { Role } from "@pb/auth/roles";

/** What a change did, from its audit row's before and after (roles only: no email is audited). */
function describeChange(before: unknown, after: unknown): string {
  const rolesOf = (v: unknown) => (v && typeof v === "object" && Array.isArray((v as { roles?: unknown }).roles) ? ((v as { roles: Role[] }).roles) : null);
  const [from, to] = [rolesOf(before), rolesOf(after)];
  const parts: string[] = [];
  if (from && from.length) parts.push(`from ${describeRoles(from)}`);
  if (to) parts.push(to.length ? `to ${describeRoles(to)}` : "no roles here");
  if (after && typeof after === "object" && (after as { accountDeactivated?: unknown }).accountDeactivated === true) parts.push("account switched off");
  return parts.join(", ");
}

/** The council's latest audited changes to its users. */
export function UserChanges() {
  const trpc = useTRPC();
  const changes = useQuery(trpc.users.changes.queryOptions());
  if (!changes.data) return null;
  return (
    <table>
      <caption>Recent changes to users (latest 50)</caption>
      <thead>
        <tr>
          <th scope="col">When</th>
          <th scope="col">User</th>
          <th scope="col">Change</th>
          <th scope="col">Roles</th>
          <th scope="col">By</th>
        </tr>
      </thead>
      <tbody>
        {changes.data.length === 0 && (
          <tr>
            <td colSpan={5}>No changes recorded.</td>
          </tr>
        )}
        {changes.data.map((c, i) => (
          <tr key={`${String(c.at)}-${i}`}>
            <td>{when(c.at)}</td>
            <td>{c.userName ?? "A former user"}</td>
            <td>{c.words}</td>
            <td>{describeChange(c.before, c.after)}</td>
            <td>{c.actorName ?? ""}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
