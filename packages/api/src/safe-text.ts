/**
 * Text PostgreSQL cannot store as sent: a NUL byte is refused by the database (a 500 if it got that
 * far), and half a surrogate pair is silently stored as "�". Both are refused at the boundary instead.
 */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

export const UNSAFE_TEXT_MESSAGE = "must not contain a NUL character or half of a character pair (a lone surrogate)";

export function isSafeText(text: string): boolean {
  return !text.includes("\u0000") && !LONE_SURROGATE.test(text);
}

type Step = { value: unknown; key: string | number | null; parent: Step | null };

function pathOf(step: Step): (string | number)[] {
  const path: (string | number)[] = [];
  for (let s: Step | null = step; s && s.key !== null; s = s.parent) path.push(s.key);
  return path.reverse();
}

/**
 * The path of the first string (or object key) in a parsed input that is not safe text, or null.
 * Walked without recursion, so a hostile input nested thousands deep cannot overflow the stack.
 */
export function findUnsafeText(value: unknown): (string | number)[] | null {
  const stack: Step[] = [{ value, key: null, parent: null }];
  while (stack.length > 0) {
    const step = stack.pop() as Step;
    const v = step.value;
    if (typeof v === "string") {
      if (!isSafeText(v)) return pathOf(step);
    } else if (Array.isArray(v)) {
      for (let i = v.length - 1; i >= 0; i--) stack.push({ value: v[i], key: i, parent: step });
    } else if (typeof v === "object" && v !== null) {
      const entries = Object.entries(v);
      for (const [key] of entries) if (!isSafeText(key)) return [...pathOf(step), key];
      for (let i = entries.length - 1; i >= 0; i--) {
        const [key, child] = entries[i] as [string, unknown];
        stack.push({ value: child, key, parent: step });
      }
    }
  }
  return null;
}
