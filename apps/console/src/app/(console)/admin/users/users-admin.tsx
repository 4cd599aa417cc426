"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useRef, useState } from "react";
import type { Role } from "@pb/auth/roles";
import type { inferRouterOutputs } from "@trpc/server";
import type { AppRouter } from "@pb/api/types";
import { useTRPC } from "~/trpc/client";
import { InviteForm } from "./invite-form";
import { describeRoles, RoleCheckboxes } from "./role-checkboxes";
import { UserChanges } from "./user-changes";

const WHEN = new Intl.DateTimeFormat("en-GB", { dateStyle: "medium", timeStyle: "short", timeZone: "Europe/London" });
export const when = (value: Date | string | null | undefined) => (value ? WHEN.format(new Date(value)) : "");

type CouncilUser = inferRouterOutputs<AppRouter>["users"]["list"][number];

const DELIVERY_WORDS = { pending: "email not sent yet", sending: "email being sent", sent: "email sent", failed: "email could not be sent" } as const;

function describeInvitation(invitation: CouncilUser["invitation"]): string {
  if (!invitation) return "None";
  const state = invitation.stateWords;
  const until = invitation.state === "open" ? ` until ${when(invitation.expiresAt)}` : "";
  const delivery = invitation.delivery ? `${DELIVERY_WORDS[invitation.delivery]}${invitation.sentAt ? ` ${when(invitation.sentAt)}` : ""}` : "no email queued";
  return `${state}${until}; ${delivery}`;
}

type Outcome = { kind: "done" | "problem"; text: string } | null;

/** The council's users with what an admin can do to each; every answer is announced in one place. */
export function UsersAdmin() {
  const trpc = useTRPC();
  const users = useQuery(trpc.users.list.queryOptions());
  const [outcome, setOutcome] = useState<Outcome>(null);
  const alert = useRef<HTMLDivElement>(null);
  const report = (next: Outcome) => {
    setOutcome(next);
    if (next?.kind === "problem") setTimeout(() => alert.current?.focus(), 0);
  };

  return (
    <>
      <InviteForm />
      <h2>The council&apos;s users</h2>
      {outcome?.kind === "problem" && (
        <div className="error-summary" role="alert" tabIndex={-1} ref={alert}>
          <h3>There is a problem</h3>
          <p>{outcome.text}</p>
        </div>
      )}
      {outcome?.kind === "done" && <p role="status">{outcome.text}</p>}
      {users.isPending && <p role="status">Loading the users…</p>}
      {users.isError && (
        <div className="error-summary" role="alert">
          <h3>The users could not be loaded</h3>
          <p>{users.error.message}</p>
        </div>
      )}
      {users.data && (
        <table>
          <caption className="visually-hidden">The council&apos;s users</caption>
          <thead>
            <tr>
              <th scope="col">Name</th>
              <th scope="col">Email</th>
              <th scope="col">Roles</th>
              <th scope="col">Status</th>
              <th scope="col">Last sign-in</th>
              <th scope="col">Failed sign-ins</th>
              <th scope="col">Invitation</th>
              <th scope="col">Change</th>
            </tr>
          </thead>
          <tbody>
            {users.data.map((user) => (
              <tr key={user.userId}>
                <th scope="row">{user.name}</th>
                <td>{user.email}</td>
                <td>{describeRoles(user.roles)}</td>
                <td>{user.statusWords}</td>
                <td>{user.lastSignedInAt ? when(user.lastSignedInAt) : "Never"}</td>
                <td>
                  {user.failedSignIns}
                  {user.lastFailedSignInAt && ` (last ${when(user.lastFailedSignInAt)})`}
                </td>
                <td>{describeInvitation(user.invitation)}</td>
                <td>
                  <UserActions user={user} report={report} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <UserChanges />
    </>
  );
}

function UserActions({ user, report }: { user: CouncilUser; report: (o: Outcome) => void }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [roles, setRoles] = useState<Role[]>(user.roles);
  const refresh = () => queryClient.invalidateQueries({ queryKey: trpc.users.pathKey() });
  const options = (done: string) => ({
    onSuccess: async () => {
      report({ kind: "done", text: done });
      await refresh();
    },
    onError: (error: { message: string }) => report({ kind: "problem", text: error.message }),
  });
  const changeRoles = useMutation(trpc.users.changeRoles.mutationOptions(options(`${user.name}'s roles are changed.`)));
  const deactivate = useMutation(trpc.users.deactivate.mutationOptions(options(`${user.name} is deactivated: their sessions have ended.`)));
  const reactivate = useMutation(trpc.users.reactivate.mutationOptions(options(`${user.name} is reactivated with their roles.`)));
  const resend = useMutation(trpc.users.resendInvitation.mutationOptions(options(`A new invitation to ${user.name} is queued; the earlier link no longer works.`)));
  const name = <span className="visually-hidden"> {user.name}</span>;
  const idPrefix = `user-${user.userId}`;

  if (user.status === "deactivated") {
    return (
      <button className="button secondary" type="button" disabled={reactivate.isPending} onClick={() => reactivate.mutate({ userId: user.userId })}>
        Reactivate{name}
      </button>
    );
  }
  return (
    <>
      <details>
        <summary>
          Change roles<span className="visually-hidden"> of {user.name}</span>
        </summary>
        <form
          onSubmit={(e) => {
            e.preventDefault();
            changeRoles.mutate({ userId: user.userId, roles });
          }}
        >
          <RoleCheckboxes idPrefix={idPrefix} legend={`Roles of ${user.name}`} value={roles} onChange={setRoles} />
          <button className="button" type="submit" disabled={changeRoles.isPending}>
            Save roles<span className="visually-hidden"> of {user.name}</span>
          </button>
        </form>
      </details>
      {user.status === "invited" && (
        <button className="button secondary" type="button" disabled={resend.isPending} onClick={() => resend.mutate({ userId: user.userId })}>
          Send the invitation again<span className="visually-hidden"> to {user.name}</span>
        </button>
      )}
      <button className="button secondary" type="button" disabled={deactivate.isPending} onClick={() => deactivate.mutate({ userId: user.userId })}>
        Deactivate{name}
      </button>
    </>
  );
}
