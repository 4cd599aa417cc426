"use client";

import { ROLES, ROLE_LABELS, type Role } from "@pb/auth/roles";
import { FieldError } from "~/components/form-fields";

/** The council's roles as a labelled group of checkboxes (the invite form's and each user's change form). */
export function RoleCheckboxes({ idPrefix, legend, value, onChange, error }: { idPrefix: string; legend: string; value: readonly Role[]; onChange: (roles: Role[]) => void; error?: string }) {
  return (
    <fieldset aria-describedby={error ? `${idPrefix}-roles-error` : undefined}>
      <legend>{legend}</legend>
      <FieldError id={`${idPrefix}-roles`} message={error} />
      {ROLES.map((role) => {
        const id = `${idPrefix}-role-${role}`;
        return (
          <div key={role}>
            <input
              id={id}
              type="checkbox"
              checked={value.includes(role)}
              onChange={(e) => onChange(e.target.checked ? ROLES.filter((r) => r === role || value.includes(r)) : value.filter((r) => r !== role))}
            />{" "}
            <label htmlFor={id}>{ROLE_LABELS[role]}</label>
          </div>
        );
      })}
    </fieldset>
  );
}

/** Roles in the console's order, in words. */
export function describeRoles(roles: readonly Role[]): string {
  return ROLES.filter((r) => roles.includes(r))
    .map((r) => ROLE_LABELS[r])
    .join(", ");
}
