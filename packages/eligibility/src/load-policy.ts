import { readFileSync } from "node:fs";
import { PolicyError } from "./policy-error";
import { PRESET_IDS, type ResolvedPolicy, resolvePolicy, resolvePreset } from "./resolve-policy";

// The one module of the package that touches the file system: kept out of the main entry so that
// browser code importing "@pb/eligibility" never pulls in node:fs.

/** A preset id, or the path of a policy JSON file (a full policy, or preset-shaped with `inherits`). */
export function loadPolicy(idOrPath: string): ResolvedPolicy {
  if (PRESET_IDS.includes(idOrPath)) return resolvePreset(idOrPath);
  let text: string;
  try {
    text = readFileSync(idOrPath, "utf8");
  } catch (error) {
    const looksLikeId = /^[a-z0-9-]+$/.test(idOrPath);
    const why = looksLikeId ? `unknown preset "${idOrPath}" (presets: ${PRESET_IDS.join(", ")}) and no such file` : describeReadError(idOrPath, error);
    throw new PolicyError([`policy: ${why}`]);
  }
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    throw new PolicyError([`policy: ${idOrPath} is not valid JSON (${error instanceof Error ? error.message : String(error)})`]);
  }
  return resolvePolicy(raw);
}

function describeReadError(path: string, error: unknown): string {
  const code = typeof error === "object" && error !== null && "code" in error ? String(error.code) : "";
  if (code === "ENOENT") return `no such file ${path}`;
  if (code === "EISDIR") return `${path} is a directory, not a policy file`;
  return `cannot read ${path} (${code || String(error)})`;
}
