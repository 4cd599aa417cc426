"use client";

import { fieldId } from "../_lib/read-errors";
import styles from "../policy.module.css";
import { errorKey, readNumber, type Path } from "./edit-document";
import type { GroupProps } from "./editor-types";
import { CheckboxField, FieldError, Group, SelectField, TextField } from "./fields";

type StreamCode = keyof GroupProps["doc"]["streams"];

const toggle = (list: readonly string[], code: string, on: boolean) => (on ? [...new Set([...list, code])] : list.filter((c) => c !== code));

/** R1–R4: the plans that open each stream, when a formal request may be made, and the ages it serves. */
export function StreamRulesForm({ doc, errors, vocabulary, edit }: GroupProps) {
  return (
    <>
      {vocabulary.streams.map((stream) => {
        const rules = doc.streams[stream.code as StreamCode];
        if (!rules) return null;
        const at = ["streams", stream.code];
        const plans = [...at, "qualifyingPlans"];
        const stages = [...at, "requestStages"];
        const ages = [...at, "ageRange"];
        const planRule = vocabulary.rules.qualifyingPlans[stream.code];
        return (
          <Group key={stream.code} path={[...at, "rules"]} legend={`${stream.label}: rules`} errors={errors}>
            <SelectField
              path={plans}
              label="Plans that qualify"
              errors={errors}
              value={rules.qualifyingPlans ? "some" : "none"}
              options={[
                { code: "none", label: "No plan needed" },
                { code: "some", label: "Only with one of the plans ticked below" },
              ]}
              onChange={(choice) => edit({ path: plans, value: choice === "none" ? undefined : { types: [], statuses: ["final"] }, citeAt: plans, rule: planRule })}
            />
            {rules.qualifyingPlans && (
              <>
                <div className={styles.fields} role="group" aria-label={`${stream.label}: plan types that qualify`}>
                  {vocabulary.planTypes.map((t) => (
                    <CheckboxField key={t.code} path={[...plans, "types", t.code]} label={t.label} errors={errors} checked={rules.qualifyingPlans?.types.includes(t.code as never) ?? false} onChange={(on) => edit({ path: [...plans, "types"], value: toggle(rules.qualifyingPlans?.types ?? [], t.code, on), citeAt: plans, rule: planRule })} />
                  ))}
                </div>
                <ListErrors path={[...plans, "types"]} errors={errors} />
                <div className={styles.fields} role="group" aria-label={`${stream.label}: plan statuses that count`}>
                  {vocabulary.planStatuses.map((s) => (
                    <CheckboxField key={s.code} path={[...plans, "statuses", s.code]} label={`Counts when ${s.label}`} errors={errors} checked={rules.qualifyingPlans?.statuses.includes(s.code as never) ?? false} onChange={(on) => edit({ path: [...plans, "statuses"], value: toggle(rules.qualifyingPlans?.statuses ?? [], s.code, on), citeAt: plans, rule: planRule })} />
                  ))}
                </div>
                <ListErrors path={[...plans, "statuses"]} errors={errors} />
              </>
            )}
            <SelectField
              path={stages}
              label="When a formal request can be made"
              errors={errors}
              value={rules.requestStages ? "some" : "any"}
              options={[
                { code: "any", label: "At any time" },
                { code: "some", label: "Only at the stages ticked below" },
              ]}
              onChange={(choice) => edit({ path: stages, value: choice === "any" ? undefined : { allowed: [] }, citeAt: stages, rule: vocabulary.rules.requestStages })}
            />
            {rules.requestStages && (
              <div className={styles.fields} role="group" aria-label={`${stream.label}: request windows`}>
                {vocabulary.requestStages.map((s) => (
                  <CheckboxField key={s.code} path={[...stages, "allowed", s.code]} label={`At ${s.label}`} errors={errors} checked={rules.requestStages?.allowed.includes(s.code as never) ?? false} onChange={(on) => edit({ path: [...stages, "allowed"], value: toggle(rules.requestStages?.allowed ?? [], s.code, on), citeAt: stages, rule: vocabulary.rules.requestStages })} />
                ))}
                <ListErrors path={[...stages, "allowed"]} errors={errors} />
              </div>
            )}
            <div className={styles.fields}>
              {(["min", "max"] as const).map((end) => (
                <TextField
                  key={end}
                  path={[...ages, end]}
                  label={end === "min" ? "Youngest age (years)" : "Oldest age (years)"}
                  inputMode="numeric"
                  errors={errors}
                  value={rules.ageRange?.[end]}
                  onChange={(text) => {
                    const other = rules.ageRange?.[end === "min" ? "max" : "min"];
                    if (text === "" && (other === undefined || String(other) === "")) edit({ path: ages, value: undefined });
                    else edit({ path: [...ages, end], value: readNumber(text), citeAt: ages, rule: vocabulary.rules.ageRange });
                  }}
                />
              ))}
            </div>
          </Group>
        );
      })}
    </>
  );
}

/** Errors about a whole list of ticks ("must name at least one"), with an id the error summary can link to. */
function ListErrors({ path, errors }: { path: Path; errors: Record<string, string[]> }) {
  const key = errorKey(path);
  return <FieldError id={fieldId(key)} messages={errors[key] ?? []} />;
}
