import fc from "fast-check";
import { z } from "zod";
import type { JsonSchema } from "./fuzz-inputs";


/** Ids to put wherever an id goes: the acting council's own (to reach past "not found"), another council's, and none at all. */
export type IdPools = { own: readonly string[]; other: readonly string[] };
/** The ids for a field, by its name (childId, runId, …). */
export type IdsFor = (key: string) => IdPools;

const INT32 = 2 ** 31 - 1;

/** Values no field should take, or should be refused with a 4xx naming it: one is put in place of a plausible field. */
const HOSTILE_FOR_TEXT: unknown[] = [
  "\u0000", "a\u0000b", "\uD800", "x\uDC00y", "x".repeat(20_000), "", " ", "NaN", "Infinity", "1e309", "9999-12-31", "0001-01-01", "2026-02-30",
  "' or '1'='1' --", "<script>alert(1)</script>", "../../etc/passwd", 7, null, [], {},
];
const HOSTILE_FOR_NUMBERS: unknown[] = [2 ** 53 - 1, 2 ** 53, -(2 ** 53 - 1), -1, 0.5, 1e21, Number.MAX_VALUE, Number.NaN, Number.POSITIVE_INFINITY, 2 ** 31, "12", null, "\u0000"];
const HOSTILE_FOR_OTHERS: unknown[] = [null, {}, [], "\u0000", "\uD800", 2 ** 53 - 1, "x".repeat(20_000), { id: 7 }];
/** A whole input that is not what any procedure takes. */
const HOSTILE_INPUTS: unknown[] = [undefined, null, 42, "\u0000", "x".repeat(200_000), [], {}, { id: "not-a-uuid" }, { id: 2 ** 53 - 1 }];

export const hostileInput = (): fc.Arbitrary<unknown> => fc.constantFrom(...HOSTILE_INPUTS);

const PLAUSIBLE_DATES = ["2024-04-01", "2025-04-01", "2025-09-01", "2026-01-15", "2026-03-31", "2026-04-01", "2026-06-30", "2026-10-31", "2026-11-30", "2027-03-31"];

// Field names that hold dates in schemas whose refinement (not its JSON schema) says so.
const DATE_KEY = /(On|Date|Start|^from|^to|^date)$/;

function ids(poolsFor: IdsFor, key: string): fc.Arbitrary<string> {
  const pools = poolsFor(key);
  const choices: fc.WeightedArbitrary<string>[] = [{ arbitrary: fc.uuid({ version: 4 }), weight: 1 }];
  if (pools.own.length) choices.push({ arbitrary: fc.constantFrom(...pools.own), weight: 8 });
  if (pools.other.length) choices.push({ arbitrary: fc.constantFrom(...pools.other), weight: 2 });
  return fc.oneof(...choices);
}

function text(schema: JsonSchema): fc.Arbitrary<string> {
  const max = schema.maxLength ?? 200;
  const min = Math.min(schema.minLength ?? 0, max);
  const fitting = fc.string({ minLength: min, maxLength: Math.min(max, Math.max(min, 40)), unit: "grapheme" });
  if (!schema.pattern) return fitting;
  try {
    return fc.stringMatching(new RegExp(schema.pattern)).filter((t) => t.length <= max && t.length >= min);
  } catch {
    return fitting;
  }
}

function numbers(schema: JsonSchema): fc.Arbitrary<number> {
  const low = Math.max(-INT32, Math.ceil(schema.minimum ?? (schema.exclusiveMinimum ?? -INT32 - 1) + 1));
  const high = Math.min(INT32, Math.floor(schema.maximum ?? (schema.exclusiveMaximum ?? INT32 + 1) - 1));
  if (low > high) return fc.constant(low);
  const edges = [schema.minimum, schema.maximum].filter((v): v is number => v !== undefined);
  return fc.oneof(
    { arbitrary: fc.integer({ min: low, max: Math.min(high, Math.max(low, 5)) }), weight: 8 },
    { arbitrary: fc.integer({ min: low, max: high }), weight: 3 },
    ...(edges.length ? [{ arbitrary: fc.constantFrom(...edges), weight: 1 }] : []),
  );
}

/** A plausible value for a JSON schema: the right shape, with ids mostly of the acting council, so calls get past validation. */
export function plausibleFor(schema: JsonSchema | undefined, pools: IdsFor, root: JsonSchema = schema ?? {}, key = "", depth = 0): fc.Arbitrary<unknown> {
  if (!schema || depth > 10) return fc.jsonValue({ maxDepth: 2 });
  if (schema.$ref) {
    const name = schema.$ref.split("/").at(-1) ?? "";
    return plausibleFor(root.$defs?.[name], pools, root, key, depth + 1);
  }
  if (schema.const !== undefined) return fc.constant(schema.const);
  if (schema.enum?.length) return fc.constantFrom(...schema.enum);
  const options = schema.anyOf ?? schema.oneOf;
  if (options?.length) return fc.oneof(...options.map((o) => plausibleFor(o, pools, root, key, depth + 1)));
  if (schema.allOf?.length) return plausibleFor(schema.allOf[0], pools, root, key, depth + 1);
  if (Array.isArray(schema.type)) return fc.oneof(...schema.type.map((type) => plausibleFor({ ...schema, type }, pools, root, key, depth + 1)));
  switch (schema.type) {
    case "object": {
      const model: Record<string, fc.Arbitrary<unknown>> = {};
      for (const [name, property] of Object.entries(schema.properties ?? {})) model[name] = plausibleFor(property, pools, root, name, depth + 1);
      if (Object.keys(model).length === 0 && schema.additionalProperties && typeof schema.additionalProperties === "object") {
        return fc.dictionary(text({ maxLength: 64 }), plausibleFor(schema.additionalProperties, pools, root, "", depth + 1), { maxKeys: 3 });
      }
      return fc.record(model, { requiredKeys: (schema.required ?? []).filter((k) => k in model) });
    }
    case "array":
      return fc.array(plausibleFor(schema.items, pools, root, key, depth + 1), { minLength: schema.minItems ?? 0, maxLength: Math.min(schema.maxItems ?? 3, Math.max(schema.minItems ?? 0, 3)) });
    case "integer":
      return numbers(schema);
    case "number":
      return fc.oneof(numbers(schema), fc.double({ noNaN: true, min: schema.minimum ?? -1e6, max: schema.maximum ?? 1e6 }));
    case "boolean":
      return fc.boolean();
    case "null":
      return fc.constant(null);
    case "string":
      if (schema.format === "uuid") return ids(pools, key);
      if (schema.format === "date" || schema.pattern?.includes("\\d{4}-\\d{2}-\\d{2}") || DATE_KEY.test(key)) return fc.constantFrom(...PLAUSIBLE_DATES);
      // A financial year label's rule (2025-26: the second year follows the first) is a refinement the JSON schema cannot carry.
      if (schema.pattern === "^\\d{4}-\\d{2}$") return fc.constantFrom("2024-25", "2025-26", "2026-27");
      return text(schema);
    default:
      // An input the schema leaves open (a policy document): any JSON.
      return fc.jsonValue({ maxDepth: 3 });
  }
}

/** Where a hostile value goes: a leaf of the plausible input, chosen by number, and which value by number. */
export type Mutation = { at: number; pick: number; otherId: boolean };
export const mutations = (): fc.Arbitrary<Mutation[]> => fc.array(fc.record({ at: fc.nat(), pick: fc.nat(), otherId: fc.boolean() }), { minLength: 1, maxLength: 2 });

type Leaf = { parent: Record<string | number, unknown>; key: string | number; value: unknown };

function leavesOf(holder: { input: unknown }): Leaf[] {
  const out: Leaf[] = [];
  const walk = (parent: Record<string | number, unknown>, key: string | number, v: unknown): void => {
    if (typeof v === "object" && v !== null && (Array.isArray(v) ? v.length > 0 : Object.keys(v).length > 0)) {
      out.push({ parent, key, value: v });
      for (const [k, child] of Object.entries(v)) walk(v as Record<string, unknown>, Array.isArray(v) ? Number(k) : k, child);
    } else out.push({ parent, key, value: v });
  };
  walk(holder, "input", holder.input);
  return out;
}

/** The input with each mutation's hostile value in place of one of its fields (a copy; the input is left alone). */
export function applyMutations(input: unknown, list: readonly Mutation[], otherIds: readonly string[]): unknown {
  const holder: { input: unknown } = { input: structuredClone(input) };
  for (const m of list) {
    const leaves = leavesOf(holder);
    const leaf = leaves[m.at % leaves.length];
    if (!leaf) continue;
    const hostile =
      typeof leaf.value === "string" && m.otherId && otherIds.length ? otherIds[m.pick % otherIds.length]
      : typeof leaf.value === "string" ? HOSTILE_FOR_TEXT[m.pick % HOSTILE_FOR_TEXT.length]
      : typeof leaf.value === "number" ? HOSTILE_FOR_NUMBERS[m.pick % HOSTILE_FOR_NUMBERS.length]
      : HOSTILE_FOR_OTHERS[m.pick % HOSTILE_FOR_OTHERS.length];
    leaf.parent[leaf.key] = hostile;
  }
  return holder.input;
}

/** The JSON schema of a procedure's input as a client would send it; null when it takes none. */
export function inputJsonSchema(input: unknown): JsonSchema | null {
  if (!(input instanceof z.ZodType)) return null;
  return z.toJSONSchema(input, { unrepresentable: "any", io: "input" }) as JsonSchema;
}
