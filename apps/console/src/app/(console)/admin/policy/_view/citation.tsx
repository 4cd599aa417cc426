
import { describeSettingValue } from "@pb/eligibility";
import styles from "../policy.module.css";

type Source = { document: string; rule: string; quote?: string };

/** "Surrey personal budgets policy (002), R6", with the quoted sentence beneath when there is one. */
export function Citation({ source, policyName }: { source: Source | undefined; policyName: string }) {
  if (!source) return <span>—</span>;
  const { quote, ...cited } = source;
  return (
    <>
      {describeSettingValue(cited, policyName)}
      {quote && <q className={styles.quote}>{quote}</q>}
    </>
  );
}
