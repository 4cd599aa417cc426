import { z } from "zod";
import codeOfPractice from "../presets/code-of-practice.json";
import hertfordshire from "../presets/hertfordshire.json";
import plymouth from "../presets/plymouth.json";
import portsmouth from "../presets/portsmouth.json";
import surrey from "../presets/surrey.json";
import { describeIssue } from "./describe-issue";
import { describeExpected } from "./expected";
import { formatIssues } from "./format-issues";
import { applyMergePatch, collectLeaves, deepFreeze, isPlainObject } from "./json-tree";
import { Policy, PolicyId } from "./policy";
import { PolicyError } from "./policy-error";
import { type PolicyProvenance, describeProvenance, findMisattributedRules, traceLeaves } from "./provenance";
import { DocumentId } from "./source";

// Presets are versioned data in ../presets. Imported statically so the `pb` bundle carries them.
const PRESET_FILES: Record<string, unknown> = {
  "code-of-practice": codeOfPractice,
  hertfordshire,
  portsmouth,
  surrey,
  plymouth,
};
export const PRESET_IDS = Object.keys(PRESET_FILES);

export type ResolvedPolicy = {
  policy: Policy;
  /** For each leaf path: set by this policy's own file, or inherited (and from which preset). */
  provenance: PolicyProvenance;
  /** Preset ids this policy inherits from, nearest first; empty for a full policy. */
  inherits: string[];
};

/** The head of a preset-shaped file: who it is, and which preset fills in what it does not say. */
export const PresetHeader = z.looseObject({
  id: PolicyId,
  name: z.string({ error: describeExpected("text") }).min(1, { error: "must not be empty" }),
  version: z.string({ error: describeExpected("a version such as 1.0.0") }).min(1, { error: "must not be empty" }),
  document: DocumentId,
  inherits: z.string({ error: describeExpected("a preset id") }).optional(),
});

type Traced = { merged: unknown; traced: Map<string, string>; inherits: string[] };

const resolvedPresets = new Map<string, ResolvedPolicy>();

/** A preset by id, resolved against what it inherits, validated and frozen; cached after the first call. */
export function resolvePreset(id: string): ResolvedPolicy {
  const cached = resolvedPresets.get(id);
  if (cached) return cached;
  const raw = PRESET_FILES[id];
  if (raw === undefined) throw new PolicyError([`unknown preset "${id}" (presets: ${PRESET_IDS.join(", ")})`]);
  const resolved = resolvePolicy(raw);
  resolvedPresets.set(id, resolved);
  return resolved;
}

/**
 * A preset as a council adopts it: a copy of its own to amend, named for the council, since messages to
 * families name the council whose policy it is.
 */
export function adoptPresetPolicy(presetId: string, councilName: string): Policy {
  return { ...structuredClone(resolvePreset(presetId).policy), name: councilName };
}

/** A full policy, or a preset-shaped object with `inherits`, resolved to a full policy with provenance. */
export function resolvePolicy(raw: unknown): ResolvedPolicy {
  const { merged, traced, inherits } = traceRaw(raw, []);
  const parsed = Policy.safeParse(merged, { reportInput: true, error: describeIssue });
  if (!parsed.success) throw new PolicyError(formatIssues(parsed.error, "policy"));
  const misattributed = findMisattributedRules(merged, traced, [parsed.data.id, ...inherits]);
  if (misattributed.length > 0) throw new PolicyError(misattributed.map((line) => `policy.${line}`));
  return deepFreeze({ policy: parsed.data, provenance: describeProvenance(traced, parsed.data.id), inherits });
}

function traceRaw(raw: unknown, visiting: string[]): Traced {
  if (!isPlainObject(raw)) throw new PolicyError(["policy: must be a JSON object"]);
  if (raw.inherits === undefined) {
    const id = typeof raw.id === "string" ? raw.id : "policy";
    return { merged: raw, traced: new Map([...collectLeaves(raw).keys()].map((path) => [path, id])), inherits: [] };
  }
  const header = PresetHeader.safeParse(raw, { reportInput: true, error: describeIssue });
  if (!header.success) throw new PolicyError(formatIssues(header.error, "policy"));
  const { id, inherits: parentId = "" } = header.data;
  const parentRaw = PRESET_FILES[parentId];
  if (parentRaw === undefined) {
    throw new PolicyError([`policy.inherits: unknown preset "${parentId}" (presets: ${PRESET_IDS.join(", ")})`]);
  }
  if (visiting.includes(parentId) || parentId === id) {
    throw new PolicyError([`policy.inherits: "${id}" inherits from itself through ${[...visiting, parentId].join(" → ")}`]);
  }
  const parent = traceRaw(parentRaw, [...visiting, id]);
  const { inherits: _, ...patch } = raw;
  const merged = applyMergePatch(parent.merged, patch);
  return { merged, traced: traceLeaves(merged, parent.traced, patch, id), inherits: [parentId, ...parent.inherits] };
}
