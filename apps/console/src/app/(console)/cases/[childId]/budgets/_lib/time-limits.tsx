import type { LifecyclePolicy } from "./types";

/** The council's time limits these dates come from, in words, from the policy version in force. */
export function TimeLimits({ policy }: { policy: LifecyclePolicy }) {
  const set = policy.limits.filter((l) => l.rule);
  if (!policy.versionNumber) return <p>No policy was in force, so no time limits apply.</p>;
  return (
    <>
      <h2>Time limits from the council&apos;s policy</h2>
      <p className="source">Policy version {policy.versionNumber}.</p>
      {set.length ? (
        <ul>
          {set.map((l) => (
            <li key={l.kind} data-limit={l.kind}>
              {l.rule}
            </li>
          ))}
        </ul>
      ) : (
        <p>The policy sets no review or notice time limits.</p>
      )}
    </>
  );
}
