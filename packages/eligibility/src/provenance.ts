import { collectLeaves, isPlainObject, isSourceLike } from "./json-tree";

/** Where one setting of a resolved policy was written: in its own file, or in one it inherits from. */
export type ProvenanceEntry = { origin: "own" | "inherited"; from: string };
/** By leaf path, as diffPolicies names them: "streams.education.services.tutoring.directPayment". */
export type PolicyProvenance = Record<string, ProvenanceEntry>;

/** Which preset wrote each leaf: the patch's own leaves, else whatever the base had. */
export function traceLeaves(merged: unknown, base: Map<string, string>, patch: unknown, patchId: string): Map<string, string> {
  const patchLeaves = collectLeaves(patch);
  const traced = new Map<string, string>();
  for (const path of collectLeaves(merged).keys()) {
    traced.set(path, patchLeaves.has(path) ? patchId : (base.get(path) ?? patchId));
  }
  return traced;
}

export function describeProvenance(traced: Map<string, string>, policyId: string): PolicyProvenance {
  const provenance: PolicyProvenance = {};
  for (const [path, from] of traced) provenance[path] = { origin: from === policyId ? "own" : "inherited", from };
  return provenance;
}

/**
 * A preset that changes a rule must cite its own document for it: otherwise the inherited citation
 * would credit the baseline with the council's rule. `chain` lists preset ids, newest first.
 */
export function findMisattributedRules(merged: unknown, traced: Map<string, string>, chain: readonly string[]): string[] {
  const problems: string[] = [];
  const isNewer = (a: string | undefined, b: string | undefined) =>
    a !== undefined && b !== undefined && chain.indexOf(a) < chain.indexOf(b);
  const visit = (node: unknown, path: string) => {
    if (!isPlainObject(node) || isSourceLike(node)) return;
    if ("source" in node) checkItem(node, path, traced, isNewer, problems);
    if (path === "finance" && isPlainObject(node.sources)) checkFinance(node, traced, isNewer, problems);
    for (const [key, child] of Object.entries(node)) visit(child, path === "" ? key : `${path}.${key}`);
  };
  visit(merged, "");
  return problems;
}

type IsNewer = (a: string | undefined, b: string | undefined) => boolean;

function checkItem(
  item: Record<string, unknown>,
  path: string,
  traced: Map<string, string>,
  isNewer: IsNewer,
  problems: string[],
): void {
  const citedBy = traced.get(`${path}.source`);
  for (const leaf of collectOwnLeaves(item, path)) {
    const writtenBy = traced.get(leaf);
    if (isNewer(writtenBy, citedBy)) {
      problems.push(
        `${path}.source: ${writtenBy} sets ${leaf.slice(path.length + 1)} here, so it must also give its own source (the one in force is from ${citedBy})`,
      );
      return;
    }
  }
}

/** Leaves of an item that are not inside a nested item with its own source, nor the source itself. */
function collectOwnLeaves(item: Record<string, unknown>, path: string): string[] {
  const own: string[] = [];
  for (const [key, child] of Object.entries(item)) {
    if (key === "source") continue;
    if (isPlainObject(child) && hasNestedSource(child)) continue;
    own.push(...collectLeaves(child, `${path}.${key}`).keys());
  }
  return own;
}

function hasNestedSource(node: Record<string, unknown>): boolean {
  if ("source" in node) return true;
  return Object.values(node).some((child) => isPlainObject(child) && !isSourceLike(child) && hasNestedSource(child));
}

function checkFinance(finance: Record<string, unknown>, traced: Map<string, string>, isNewer: IsNewer, problems: string[]): void {
  for (const field of Object.keys(finance)) {
    if (field === "sources") continue;
    const writtenBy = traced.get(`finance.${field}`);
    const citedBy = traced.get(`finance.sources.${field}`);
    if (isNewer(writtenBy, citedBy)) {
      problems.push(
        `finance.sources.${field}: ${writtenBy} sets finance.${field}, so it must also give its own source (the one in force is from ${citedBy})`,
      );
    }
  }
}
