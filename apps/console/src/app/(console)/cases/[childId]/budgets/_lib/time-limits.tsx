import type { LifecyclePolicy } from "./types";

/** The council's time limits these dates come from, in words, from the policy version in force; a limit it leaves out is shown as not set. */
export function TimeLimits({ policy }: { policy: LifecyclePolicy }) {
  if (!policy.versionNumber) return <p>No policy was in force, so no time limits apply.</p>;
  return (
    <>
      <h2>Time limits from the council&apos;s policy</h2>
      <p className="source">Policy version {policy.versionNumber}.</p>
      <ul>
        {policy.limits.map((l) => (
          <li key={l.kind} data-limit={l.kind} data-set={l.period ? "yes" : "no"}>
            {l.rule}
            {l.source && <span className="source"> (source: {l.source})</span>}
          </li>
        ))}
      </ul>
    </>
  );
}
