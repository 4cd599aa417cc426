"use client";

import styles from "../policy.module.css";
import type { GroupProps } from "./editor-types";
import { readNumber } from "./edit-document";
import { Group, SelectField, TextField } from "./fields";

const COUNTS = new Set(["underspendWeeks", "remindersBeforeEscalation"]);
const YEAR_END = [
  { code: "returned", label: "Returned to the council" },
  { code: "carried_forward", label: "Carried forward" },
];

/** T4: returns, underspend, reminders, monitoring and the year's end. Clearing a setting removes its citation too. */
export function FinanceForm({ doc, errors, vocabulary, edit }: GroupProps) {
  const finance = doc.finance as Record<string, unknown>;
  const set = (field: string, value: unknown) =>
    value === ""
      ? edit({ path: ["finance", field], value: undefined }, { path: ["finance", "sources", field], value: undefined })
      : edit({ path: ["finance", field], value, citeAt: ["finance"], rule: vocabulary.rules.finance });
  return (
    <Group path={["finance"]} legend="Finance" errors={errors}>
      <div className={styles.fields}>
        {vocabulary.financeFields.map((term) =>
          COUNTS.has(term.code) ? (
            <TextField key={term.code} path={["finance", term.code]} label={term.label} inputMode="numeric" errors={errors} value={finance[term.code]} onChange={(text) => set(term.code, text === "" ? "" : readNumber(text))} />
          ) : (
            <SelectField
              key={term.code}
              path={["finance", term.code]}
              label={term.label}
              errors={errors}
              value={typeof finance[term.code] === "string" ? String(finance[term.code]) : ""}
              options={[{ code: "", label: "Not set" }, ...(term.code === "yearEndUnspent" ? YEAR_END : vocabulary.frequencies)]}
              onChange={(code) => set(term.code, code)}
            />
          ),
        )}
      </div>
    </Group>
  );
}
