"use client";

import { useMutation } from "@tanstack/react-query";
import { useRef, useState, type FormEvent } from "react";
// The roles alone: the package's index holds server code (password hashing) no browser bundle may take.
import { ROLES, ROLE_LABELS, type Role } from "@pb/auth/roles";
import { InputField, SelectField } from "~/components/form-fields";
import { useTRPC } from "~/trpc/client";
import { ProblemSummary } from "./problem-summary";
import { fieldMessage, useIdentitySettings } from "./use-identity-settings";

/** Which of the provider's groups gives which role: a table with a remove button per row, and a form to add one. */
export function GroupRolesForm() {
  const trpc = useTRPC();
  const { settings, reload } = useIdentitySettings();
  const [groupId, setGroupId] = useState("");
  const [role, setRole] = useState<Role>("case_officer");
  const [status, setStatus] = useState<string | null>(null);
  const summary = useRef<HTMLDivElement>(null);
  const add = useMutation(
    trpc.identity.addGroupRole.mutationOptions({
      onSuccess: async (_, input) => {
        setStatus(`Group ${input.groupId} now gives the role ${ROLE_LABELS[input.role]}.`);
        setGroupId("");
        await reload();
      },
      onError: () => setTimeout(() => summary.current?.focus(), 0),
    }),
  );
  const remove = useMutation(
    trpc.identity.removeGroupRole.mutationOptions({
      onSuccess: async (_, input) => {
        setStatus(`Group ${input.groupId} no longer gives the role ${ROLE_LABELS[input.role]}.`);
        await reload();
      },
    }),
  );
  function submit(event: FormEvent) {
    event.preventDefault();
    setStatus(null);
    add.mutate({ groupId, role });
  }
  const groupError = fieldMessage(add.error, "groupId");
  const roleError = fieldMessage(add.error, "role");
  const rows = settings.data?.groupRoles ?? [];

  return (
    <section aria-labelledby="groups-heading">
      <h2 id="groups-heading">Groups and roles</h2>
      <p>A user gets every role their groups are given here. Someone in none of these groups cannot sign in with their council account.</p>
      {status && <p role="status">{status}</p>}
      {remove.isError && <p role="alert">{remove.error.message}</p>}
      <table>
        <caption>Groups that give a role</caption>
        <thead>
          <tr>
            <th scope="col">Group id</th>
            <th scope="col">Role</th>
            <th scope="col">
              <span className="visually-hidden">Action</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.length === 0 && (
            <tr>
              <td colSpan={3}>No group gives a role yet.</td>
            </tr>
          )}
          {rows.map((r) => (
            <tr key={`${r.groupId}-${r.role}`}>
              <th scope="row">{r.groupId}</th>
              <td>{ROLE_LABELS[r.role]}</td>
              <td>
                <button className="button secondary" type="button" disabled={remove.isPending} onClick={() => remove.mutate(r)}>
                  Remove<span className="visually-hidden"> {ROLE_LABELS[r.role]} from group {r.groupId}</span>
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <form onSubmit={submit} noValidate>
        {add.isError && (
          <ProblemSummary
            ref={summary}
            problems={[...(groupError ? [{ href: "#group-id", text: `Group id: ${groupError}` }] : []), ...(roleError ? [{ href: "#group-role", text: `Role: ${roleError}` }] : [])]}
            other={add.error.message}
          />
        )}
        <InputField id="group-id" label="Group id" hint="For Entra ID, the group's object id." describe error={groupError} value={groupId} onChange={(e) => setGroupId(e.target.value)} autoComplete="off" />
        <SelectField id="group-role" label="Role" describe error={roleError} value={role} onChange={(e) => setRole(e.target.value as Role)}>
          {ROLES.map((r) => (
            <option key={r} value={r}>
              {ROLE_LABELS[r]}
            </option>
          ))}
        </SelectField>
        <button className="button" type="submit" disabled={add.isPending}>
          Add group
        </button>
      </form>
    </section>
  );
}
