import type { ReactNode } from "react";
import type { Provenance } from "../_lib/types";
import styles from "../policy.module.css";
import { Citation } from "./citation";
import { ProvenanceMarker } from "./marker";

export type SettingRow = {
  /** The settings' path prefix: it keys the row and its provenance marker. */
  prefix: string;
  setting: ReactNode;
  value: ReactNode;
  source?: { document: string; rule: string; quote?: string };
};

/** One table of settings: what, its value, its source citation, and where it comes from. */
export function SettingsTable({ caption, rows, provenance, policyName }: { caption: string; rows: SettingRow[]; provenance: Provenance; policyName: string }) {
  if (rows.length === 0) return <p>None set.</p>;
  return (
    <table className={styles.compact}>
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">Setting</th>
          <th scope="col">Value</th>
          <th scope="col">Source</th>
          <th scope="col">Where it comes from</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.prefix}>
            <th scope="row">{row.setting}</th>
            <td>{row.value}</td>
            <td>
              <Citation source={row.source} policyName={policyName} />
            </td>
            <td>
              <ProvenanceMarker provenance={provenance} prefix={row.prefix} />
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
