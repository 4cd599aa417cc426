"use client";

import styles from "../policy.module.css";
import type { GroupProps } from "./editor-types";
import { CheckboxField, Group } from "./fields";

/** R9: who may receive a direct payment. Prohibited uses are shown on the version's page. */
export function DirectPaymentsForm({ doc, errors, vocabulary, edit }: GroupProps) {
  const at = ["directPayments", "recipients"];
  const { recipients } = doc.directPayments;
  const young = [...at, "young_person"];
  return (
    <Group path={["directPayments"]} legend="Who may receive a direct payment" errors={errors}>
      <div className={styles.fields}>
        {vocabulary.recipients.map((r) => (
          <CheckboxField
            key={r.code}
            path={[...at, r.code, "allowed"]}
            label={r.label}
            errors={errors}
            checked={recipients[r.code as keyof typeof recipients].allowed}
            onChange={(on) => edit({ path: [...at, r.code, "allowed"], value: on, citeAt: [...at, r.code] })}
          />
        ))}
      </div>
      {recipients.young_person.allowed && (
        <div className={styles.fields}>
          <CheckboxField path={[...young, "overCompulsorySchoolAge"]} label="Young person: only once over compulsory school age" errors={errors} checked={recipients.young_person.overCompulsorySchoolAge} onChange={(on) => edit({ path: [...young, "overCompulsorySchoolAge"], value: on, citeAt: young })} />
          <CheckboxField path={[...young, "capacity"]} label="Young person: only with capacity to manage it" errors={errors} checked={recipients.young_person.capacity} onChange={(on) => edit({ path: [...young, "capacity"], value: on, citeAt: young })} />
        </div>
      )}
    </Group>
  );
}
