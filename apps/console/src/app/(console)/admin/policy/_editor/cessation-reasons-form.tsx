"use client";

import styles from "../policy.module.css";
import type { GroupProps } from "./editor-types";
import { CheckboxField, Group, TextField } from "./fields";

/** T5: the reasons a personal budget can end that this council uses, each described for families. */
export function CessationReasonsForm({ doc, errors, vocabulary, edit }: GroupProps) {
  const reasons = doc.cessationReasons as Record<string, { description: string } | undefined>;
  return (
    <Group path={["cessationReasons"]} legend="Cessation reasons" errors={errors}>
      {vocabulary.cessationReasons.map((term) => {
        const at = ["cessationReasons", term.code];
        const reason = reasons[term.code];
        return (
          <div key={term.code} className={styles.fields}>
            <CheckboxField
              path={at}
              label={`${term.label}: used`}
              errors={errors}
              checked={reason !== undefined}
              onChange={(on) => edit(on ? { path: [...at, "description"], value: "", citeAt: at, rule: vocabulary.rules.cessationReasons } : { path: at, value: undefined })}
            />
            {reason && (
              <TextField
                path={[...at, "description"]}
                label={`${term.label}: description`}
                errors={errors}
                wide
                value={reason.description}
                onChange={(text) => edit({ path: [...at, "description"], value: text, citeAt: at, rule: vocabulary.rules.cessationReasons })}
              />
            )}
          </div>
        );
      })}
    </Group>
  );
}
