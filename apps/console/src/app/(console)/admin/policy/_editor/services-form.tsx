"use client";

import styles from "../policy.module.css";
import type { GroupProps } from "./editor-types";
import type { Edit } from "./edit-document";
import { CheckboxField, Group, SelectField } from "./fields";

type StreamCode = keyof GroupProps["doc"]["streams"];
type Requirement = { appliesTo: string; when?: string };

const APPLIES = [
  { code: "", label: "Not required" },
  { code: "any_arrangement", label: "Required" },
  { code: "direct_payment", label: "For direct payments only" },
];
const SCHOOL = [
  { code: "", label: "Not required" },
  { code: "always:any_arrangement", label: "Always" },
  { code: "always:direct_payment", label: "Always, for direct payments" },
  { code: "on_school_premises:any_arrangement", label: "On school premises" },
  { code: "on_school_premises:direct_payment", label: "On school premises, for direct payments" },
];

/** The table of provision per stream (R6, R7, R10): each service in a budget, as a direct payment, and its conditions. */
export function ServicesForm({ doc, errors, vocabulary, edit }: GroupProps) {
  return (
    <>
      {vocabulary.streams.map((stream) => {
        const rules = doc.streams[stream.code as StreamCode];
        if (!rules) return null;
        return (
          <Group key={stream.code} path={["streams", stream.code, "services"]} legend={`${stream.label}: services`} errors={errors}>
            <table className={styles.compact}>
              <caption className="visually-hidden">{stream.label}: services and their conditions</caption>
              <thead>
                <tr>
                  <th scope="col">Service</th>
                  <th scope="col">In a personal budget</th>
                  <th scope="col">As a direct payment</th>
                  {vocabulary.serviceConditions.map((c) => (
                    <th key={c.code} scope="col">
                      {c.label}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {Object.entries(rules.services).map(([code, service]) => {
                  const at = ["streams", stream.code, "services", code];
                  const requires = (service.requires ?? {}) as Record<string, Requirement | undefined>;
                  return (
                    <tr key={code}>
                      <th scope="row">{service.name}</th>
                      <td>
                        <CheckboxField path={[...at, "personalBudget"]} label={<span className="visually-hidden">{service.name}: in a personal budget</span>} errors={errors} checked={service.personalBudget} onChange={(v) => edit({ path: [...at, "personalBudget"], value: v, citeAt: at })} />
                      </td>
                      <td>
                        <CheckboxField path={[...at, "directPayment"]} label={<span className="visually-hidden">{service.name}: as a direct payment</span>} errors={errors} checked={service.directPayment} onChange={(v) => edit({ path: [...at, "directPayment"], value: v, citeAt: at })} />
                      </td>
                      {vocabulary.serviceConditions.map((c) => {
                        const current = requires[c.code];
                        const isSchool = c.code === "schoolAgreement";
                        const value = current ? (isSchool ? `${current.when ?? "always"}:${current.appliesTo}` : current.appliesTo) : "";
                        return (
                          <td key={c.code}>
                            <SelectField
                              path={[...at, "requires", c.code]}
                              label={`${service.name}: ${c.label.toLowerCase()}`}
                              hideLabel
                              errors={errors}
                              value={value}
                              options={isSchool ? SCHOOL : APPLIES}
                              onChange={(choice) => edit(...changeRequirement(at, c.code, choice, requires, vocabulary.rules.requirements[c.code]))}
                            />
                          </td>
                        );
                      })}
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </Group>
        );
      })}
    </>
  );
}

/** Sets or removes one condition, keeping its citation's rule; a service left with none has no `requires`. */
function changeRequirement(at: string[], kind: string, choice: string, requires: Record<string, Requirement | undefined>, rule: string | undefined): Edit[] {
  const path = [...at, "requires", kind];
  if (choice === "") {
    const others = Object.keys(requires).filter((k) => k !== kind && requires[k]);
    return [{ path: others.length === 0 ? [...at, "requires"] : path, value: undefined }];
  }
  const [when, appliesTo] = choice.includes(":") ? choice.split(":") : [undefined, choice];
  const edits: Edit[] = [{ path: [...path, "appliesTo"], value: appliesTo, citeAt: path, rule }];
  if (when) edits.push({ path: [...path, "when"], value: when, citeAt: path, rule });
  return edits;
}
