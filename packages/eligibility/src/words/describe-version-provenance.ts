import { diffPolicies } from "../diff-policies";
import { resolvePreset, type ResolvedPolicy } from "../resolve-policy";
import { type Policy } from "../policy";

/** Where a council's setting comes from, as the admin pages mark it. */
export type SettingOrigin = "preset" | "baseline" | "council";

export type SettingProvenance = {
  origin: SettingOrigin;
  /** The preset whose document states the setting; null when the council set it. */
  presetId: string | null;
  /** "from Surrey County Council's policy", "from the SEND Code of Practice baseline", "changed by the council". */
  label: string;
  /** The preset's value, when the council changed one the preset sets. */
  presetValue?: unknown;
};

export type RemovedSetting = { path: string; presetValue?: unknown; label: string };

export type VersionProvenance = {
  presetId: string | null;
  /** By leaf path, as diffPolicies names them: "timeLimits.reviewRequest.n". */
  settings: Record<string, SettingProvenance>;
  /** Settings the preset has and this version leaves out. */
  removed: RemovedSetting[];
};

export type PresetForProvenance = { id: string; resolved: ResolvedPolicy };

const CHANGED = "changed by the council";
const ADDED = "added by the council";
const REMOVED = "removed by the council";

/**
 * For each setting of a council's version: stated by its preset's own document, inherited by the
 * preset from the baseline, or changed by the council (its value differs from the preset's).
 * Without a preset every setting is the council's own.
 */
export function describeVersionProvenance(policy: Policy, preset: PresetForProvenance | null): VersionProvenance {
  const paths = listSettingPaths(policy);
  const settings: Record<string, SettingProvenance> = {};
  if (!preset) {
    for (const path of paths) settings[path] = { origin: "council", presetId: null, label: ADDED };
    return { presetId: null, settings, removed: [] };
  }
  const differences = new Map(diffPolicies(preset.resolved.policy, policy).map((d) => [d.path, d]));
  const isBaseline = preset.resolved.inherits.length === 0;
  for (const path of paths) {
    const difference = differences.get(path);
    const traced = preset.resolved.provenance[path];
    if (difference?.change === "changed") {
      settings[path] = { origin: "council", presetId: null, label: CHANGED, presetValue: difference.a };
    } else if (difference || !traced) {
      settings[path] = { origin: "council", presetId: null, label: ADDED };
    } else if (traced.origin === "own" && !isBaseline) {
      settings[path] = { origin: "preset", presetId: preset.id, label: `from ${nameOf(preset.id)}'s policy` };
    } else {
      const from = traced.origin === "own" ? preset.id : traced.from;
      settings[path] = { origin: "baseline", presetId: from, label: `from the ${nameOf(from)}` };
    }
  }
  const removed = [...differences.values()]
    .filter((d) => d.change === "removed")
    .map((d) => ({ path: d.path, presetValue: d.a, label: REMOVED }));
  return { presetId: preset.id, settings, removed };
}

export type ProvenanceSummary = {
  origin: SettingOrigin;
  label: string;
  /** Paths under the prefix the council changed, added or removed, relative to it. */
  changed: string[];
};

/**
 * One marker for a group of settings (a service's line, a time limit): the council's if it changed
 * any of them, else the preset's own document if it states any, else the baseline.
 */
export function summariseProvenance(provenance: VersionProvenance, prefix: string): ProvenanceSummary | null {
  const under = (path: string) => path === prefix || path.startsWith(`${prefix}.`);
  const relative = (path: string) => (path === prefix ? "" : path.slice(prefix.length + 1));
  const entries = Object.entries(provenance.settings).filter(([path]) => under(path));
  const removed = provenance.removed.filter((r) => under(r.path));
  const changed = [
    ...entries.filter(([, entry]) => entry.origin === "council").map(([path]) => relative(path)),
    ...removed.map((r) => relative(r.path)),
  ];
  if (changed.length > 0) {
    const onlyRemoved = entries.every(([, entry]) => entry.origin !== "council");
    return { origin: "council", label: onlyRemoved ? REMOVED : CHANGED, changed };
  }
  const own = entries.find(([, entry]) => entry.origin === "preset");
  const first = own ?? entries[0];
  if (!first) return null;
  return { origin: first[1].origin, label: first[1].label, changed: [] };
}

function nameOf(presetId: string): string {
  try {
    return resolvePreset(presetId).policy.name;
  } catch {
    return presetId;
  }
}

// The same leaves as @pb/eligibility's diff and provenance: a scalar, a list, an empty object,
// or a whole citation ({ document, rule, quote? }) counts as one setting.
function listSettingPaths(value: unknown): string[] {
  const paths: string[] = [];
  const walk = (node: unknown, path: string) => {
    const isCitation = isObject(node) && typeof node.document === "string" && typeof node.rule === "string";
    if (!isObject(node) || isCitation || Object.keys(node).length === 0) {
      paths.push(path);
      return;
    }
    for (const [key, child] of Object.entries(node)) walk(child, path === "" ? key : `${path}.${key}`);
  };
  walk(value, "");
  return paths;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
