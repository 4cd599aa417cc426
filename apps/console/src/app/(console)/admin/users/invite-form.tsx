"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useRef, useState, type FormEvent } from "react";
import type { Role } from "@pb/auth/roles";
import { InputField } from "~/components/form-fields";
import { useTRPC } from "~/trpc/client";
import { RoleCheckboxes } from "./role-checkboxes";

const FIELD_LABELS = { email: "Email address", displayName: "Name", roles: "Roles" } as const;
type Field = keyof typeof FIELD_LABELS;

/** The field a refusal names ("email: must be an email address"), for the error summary's link. */
function fieldOf(message: string): { field: Field; text: string } | null {
  const match = /^(email|displayName|roles)(?:\.\d+)?: (.*)$/.exec(message);
  return match ? { field: match[1] as Field, text: match[2] ?? "" } : null;
}

export function InviteForm() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [email, setEmail] = useState("");
  const [displayName, setDisplayName] = useState("");
  const [roles, setRoles] = useState<Role[]>([]);
  const [invited, setInvited] = useState<string | null>(null);
  const summary = useRef<HTMLDivElement>(null);
  const invite = useMutation(
    trpc.users.invite.mutationOptions({
      onSuccess: async () => {
        setInvited(`${displayName.trim()} is invited: the email with their link is queued.`);
        setEmail("");
        setDisplayName("");
        setRoles([]);
        await queryClient.invalidateQueries({ queryKey: trpc.users.pathKey() });
      },
      onError: () => setTimeout(() => summary.current?.focus(), 0),
    }),
  );
  const problems = invite.error ? invite.error.message.split("; ").map((m) => fieldOf(m) ?? { field: null, text: m }) : [];
  const errorOf = (field: Field) => problems.find((p) => p.field === field)?.text;

  function submit(event: FormEvent) {
    event.preventDefault();
    setInvited(null);
    invite.mutate({ email, displayName, roles });
  }

  return (
    <form onSubmit={submit} noValidate aria-labelledby="invite-heading">
      <h2 id="invite-heading">Invite a user</h2>
      {invite.isError && (
        <div className="error-summary" role="alert" tabIndex={-1} ref={summary}>
          <h3>There is a problem</h3>
          <ul>
            {problems.map((p, i) => (
              <li key={i}>{p.field ? <a href={p.field === "roles" ? "#invite-role-admin" : `#invite-${p.field}`}>{`${FIELD_LABELS[p.field]}: ${p.text}`}</a> : p.text}</li>
            ))}
          </ul>
        </div>
      )}
      {invited && <p role="status">{invited}</p>}
      <InputField id="invite-email" label="Email address" type="email" autoComplete="off" value={email} onChange={(e) => setEmail(e.target.value)} error={errorOf("email")} describe />
      <InputField id="invite-displayName" label="Name" autoComplete="off" value={displayName} onChange={(e) => setDisplayName(e.target.value)} error={errorOf("displayName")} describe />
      <RoleCheckboxes idPrefix="invite" legend="Roles" value={roles} onChange={setRoles} error={errorOf("roles")} />
      <button className="button" type="submit" disabled={invite.isPending}>
        {invite.isPending ? "Inviting…" : "Invite"}
      </button>
    </form>
  );
}
