// Policies are JSON trees. A "leaf" is what an admin sees as one setting: a scalar, a list, an empty
// object, or a whole source citation (a citation is replaced, compared and attributed as one).

export type JsonObject = { [key: string]: unknown };

export function isPlainObject(value: unknown): value is JsonObject {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** A citation ({ document, rule, quote? }) is one setting, never merged field by field. */
export function isSourceLike(value: unknown): boolean {
  return isPlainObject(value) && typeof value.document === "string" && typeof value.rule === "string";
}

function isBranch(value: unknown): value is JsonObject {
  return isPlainObject(value) && !isSourceLike(value) && Object.keys(value).length > 0;
}

/** Leaves by dotted path, in document order: "streams.education.requestStages.allowed". */
export function collectLeaves(value: unknown, prefix = ""): Map<string, unknown> {
  const leaves = new Map<string, unknown>();
  const walk = (node: unknown, path: string) => {
    if (!isBranch(node)) {
      leaves.set(path, node);
      return;
    }
    for (const [key, child] of Object.entries(node)) walk(child, path === "" ? key : `${path}.${key}`);
  };
  walk(value, prefix);
  return leaves;
}

/** JSON Merge Patch (RFC 7396): objects merge key by key, null deletes, anything else replaces. */
export function applyMergePatch(target: unknown, patch: unknown): unknown {
  if (!isPlainObject(patch) || isSourceLike(patch)) return patch;
  const result: JsonObject = isPlainObject(target) && !isSourceLike(target) ? { ...target } : {};
  for (const [key, value] of Object.entries(patch)) {
    if (value === null) delete result[key];
    else result[key] = applyMergePatch(result[key], value);
  }
  return result;
}

/** Equal as settings: lists of codes compare as sets, objects by key. */
export function areEqualSettings(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (Array.isArray(a) && Array.isArray(b)) {
    const primitive = (v: unknown) => v === null || typeof v !== "object";
    if (a.every(primitive) && b.every(primitive)) {
      const left = new Set(a);
      const right = new Set(b);
      return left.size === right.size && [...left].every((v) => right.has(v));
    }
    return a.length === b.length && a.every((v, i) => areEqualSettings(v, b[i]));
  }
  if (isPlainObject(a) && isPlainObject(b)) {
    const keys = Object.keys(a);
    return keys.length === Object.keys(b).length && keys.every((k) => k in b && areEqualSettings(a[k], b[k]));
  }
  return false;
}

export function deepFreeze<T>(value: T): T {
  if (typeof value === "object" && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
  return value;
}
