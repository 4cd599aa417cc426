
import { describeSettingPath, summariseProvenance } from "@pb/eligibility";
import type { Provenance } from "../_lib/types";
import styles from "../policy.module.css";

/** Where a group of settings comes from, in words: the preset's document, the baseline, or the council. */
export function ProvenanceMarker({ provenance, prefix }: { provenance: Provenance; prefix: string }) {
  const summary = summariseProvenance(provenance, prefix);
  if (!summary) return <span>—</span>;
  const changed = summary.changed.filter((path) => path !== "" && !path.endsWith("source")).map((path) => describeSettingPath(path).toLowerCase());
  return (
    <span className={`${styles.marker} ${styles[summary.origin]}`}>
      {summary.label}
      {changed.length > 0 && <span className={styles.changedFields}>({[...new Set(changed)].join("; ")})</span>}
    </span>
  );
}

/** The key to the markers, shown once at the top of a version. */
export function MarkerKey({ presetName }: { presetName: string | null }) {
  return (
    <div className={styles.key} role="note" aria-label="Key to where each setting comes from">
      <span>Where each setting comes from:</span>
      {presetName && <span className={`${styles.marker} ${styles.preset}`}>from {presetName}&apos;s policy</span>}
      <span className={`${styles.marker} ${styles.baseline}`}>from the Code of Practice baseline</span>
      <span className={`${styles.marker} ${styles.council}`}>changed by the council</span>
    </div>
  );
}
