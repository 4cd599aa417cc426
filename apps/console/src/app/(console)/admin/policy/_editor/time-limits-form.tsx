"use client";

import styles from "../policy.module.css";
import type { GroupProps } from "./editor-types";
import { readNumber } from "./edit-document";
import { Group, SelectField, TextField } from "./fields";

/** T2–T8: each limit's length, and whether it counts calendar days, working days, weeks, months or years. */
export function TimeLimitsForm({ doc, errors, vocabulary, edit }: GroupProps) {
  const units = [{ code: "", label: "Not set" }, ...vocabulary.durationUnits];
  return (
    <Group path={["timeLimits"]} legend="Time limits" errors={errors}>
      {vocabulary.timeLimits.map((term) => {
        const at = ["timeLimits", term.code];
        const limit = doc.timeLimits[term.code as keyof typeof doc.timeLimits];
        const rule = vocabulary.rules.timeLimits[term.code];
        return (
          <Group key={term.code} path={at} legend={term.label} errors={errors}>
            <div className={styles.fields}>
              <TextField
                path={[...at, "n"]}
                label="Number"
                inputMode="numeric"
                errors={errors}
                value={limit?.n}
                onChange={(text) => edit({ path: [...at, "n"], value: readNumber(text), citeAt: at, rule })}
              />
              <SelectField
                path={[...at, "unit"]}
                label="Unit"
                errors={errors}
                value={limit?.unit ?? ""}
                options={units}
                onChange={(unit) => edit(unit === "" ? { path: at, value: undefined } : { path: [...at, "unit"], value: unit, citeAt: at, rule })}
              />
            </div>
          </Group>
        );
      })}
    </Group>
  );
}
