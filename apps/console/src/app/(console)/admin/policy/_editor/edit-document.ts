// Edits to the draft document in the browser. The API validates the whole document on save; these
// only put values where the admin put them, and keep citations honest.

type Json = Record<string, unknown>;
export type Path = readonly string[];

/** A change: the value at `path` (undefined removes it); `citeAt` is the item whose source now cites the council. */
export type Edit = { path: Path; value: unknown; citeAt?: Path; rule?: string };

function isObject(value: unknown): value is Json {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

export function getIn(document: unknown, path: Path): unknown {
  let node = document;
  for (const key of path) node = isObject(node) ? node[key] : undefined;
  return node;
}

/** A copy of `document` with the value at `path` set, creating objects on the way; undefined deletes. */
export function setIn<T>(document: T, path: Path, value: unknown): T {
  const [key, ...rest] = path;
  if (key === undefined) return value as T;
  const copy: Json = isObject(document) ? { ...document } : {};
  if (rest.length === 0) {
    if (value === undefined) delete copy[key];
    else copy[key] = value;
  } else {
    copy[key] = setIn(copy[key], rest, value);
  }
  return copy as T;
}

/**
 * Applies an edit. A setting the council changes is the council's rule, so the item's citation
 * becomes the council's own, keeping the rule of domain.md it states (R6, T7…).
 */
export function applyEdit<T>(document: T, edit: Edit): T {
  let next = setIn(document, edit.path, edit.value);
  if (edit.citeAt && getIn(next, edit.citeAt) !== undefined) {
    const sourcePath = edit.citeAt[0] === "finance" ? ["finance", "sources", edit.path[1] ?? ""] : [...edit.citeAt, "source"];
    const old = getIn(next, sourcePath);
    const rule = isObject(old) && typeof old.rule === "string" ? old.rule : (edit.rule ?? "scope");
    next = setIn(next, sourcePath, { document: "council", rule });
  }
  return next;
}

/** What the admin typed in a number box: a number when it is one, else the text, for the API to name. */
export function readNumber(text: string): unknown {
  return /^\s*-?\d+(\.\d+)?\s*$/.test(text) ? Number(text) : text;
}

/** The full name of a field in the API's errors: "document.timeLimits.reviewRequest.n". */
export function errorKey(path: Path): string {
  return ["document", ...path].join(".");
}
