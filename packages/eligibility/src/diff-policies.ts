import { applyMergePatch, areEqualSettings, collectLeaves } from "./json-tree";
import type { Policy } from "./policy";

export type PolicyDifference = {
  /** Dotted path of the setting, as in provenance: "timeLimits.reviewRequest". */
  path: string;
  change: "added" | "removed" | "changed";
  /** The value in the first policy; absent when it does not set this. */
  a?: unknown;
  /** The value in the second policy; absent when it does not set this. */
  b?: unknown;
};

export type DiffOptions = {
  /** Leave out citations (…source, finance.sources…), to compare the rules alone. */
  ignoreSources?: boolean;
};

/** Every setting that differs between two policies, by path; a setting only in b sits beside its siblings. */
export function diffPolicies(a: Policy, b: Policy, options: DiffOptions = {}): PolicyDifference[] {
  const left = collectLeaves(a);
  const right = collectLeaves(b);
  const paths = new Set([...collectLeaves(applyMergePatch(a, b)).keys(), ...left.keys(), ...right.keys()]);
  const differences: PolicyDifference[] = [];
  for (const path of paths) {
    if (options.ignoreSources && isCitationPath(path)) continue;
    const inA = left.has(path);
    const inB = right.has(path);
    if (inA && inB && areEqualSettings(left.get(path), right.get(path))) continue;
    if (!inB) differences.push({ path, change: "removed", a: left.get(path) });
    else if (!inA) differences.push({ path, change: "added", b: right.get(path) });
    else differences.push({ path, change: "changed", a: left.get(path), b: right.get(path) });
  }
  return differences;
}

function isCitationPath(path: string): boolean {
  return path === "source" || path.endsWith(".source") || path.startsWith("finance.sources");
}
