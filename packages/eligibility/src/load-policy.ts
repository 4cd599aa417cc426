import type { Policy } from "./policy";
import { PolicyError } from "./policy-error";
import { PRESET_IDS, resolvePolicy, resolvePreset } from "./resolve-policy";

/**
 * A preset id, or the path of a policy JSON file (a full policy, or preset-shaped with `inherits`),
 * resolved and validated. Throws PolicyError naming what is wrong. Reading a file needs Node.
 */
export function loadPolicy(idOrPath: string): Policy {
  if (PRESET_IDS.includes(idOrPath)) return resolvePreset(idOrPath).policy;
  const text = readPolicyFile(idOrPath);
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    throw new PolicyError([`policy: ${idOrPath} is not valid JSON (${error instanceof Error ? error.message : String(error)})`]);
  }
  return resolvePolicy(raw).policy;
}

// node:fs is fetched at call time, not imported: browser bundles that import this package
// (code lists, diffs, provenance on admin pages) must not pull in a Node built-in.
function readPolicyFile(path: string): string {
  const fs = typeof process === "undefined" ? undefined : process.getBuiltinModule?.("node:fs");
  if (!fs) throw new PolicyError([`policy: policy files can be read only in Node; use resolvePolicy in the browser`]);
  try {
    return fs.readFileSync(path, "utf8");
  } catch (error) {
    const code = typeof error === "object" && error !== null && "code" in error ? String(error.code) : "";
    if (code === "ENOENT" && /^[a-z0-9-]+$/.test(path)) {
      throw new PolicyError([`policy: unknown preset "${path}" (presets: ${PRESET_IDS.join(", ")}), and no file of that name`]);
    }
    if (code === "ENOENT") throw new PolicyError([`policy: no such file ${path}`]);
    if (code === "EISDIR") throw new PolicyError([`policy: ${path} is a directory, not a policy file`]);
    throw new PolicyError([`policy: cannot read ${path} (${code || String(error)})`]);
  }
}
