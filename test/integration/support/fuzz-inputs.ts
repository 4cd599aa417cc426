import { randomUUID } from "node:crypto";

/** The part of a JSON schema (as zod writes one for a procedure's input) that the generator reads. */
export type JsonSchema = {
  $ref?: string;
  $defs?: Record<string, JsonSchema>;
  type?: string | string[];
  format?: string;
  pattern?: string;
  enum?: unknown[];
  const?: unknown;
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  allOf?: JsonSchema[];
  properties?: Record<string, JsonSchema>;
  required?: string[];
  additionalProperties?: JsonSchema | boolean;
  items?: JsonSchema;
  minimum?: number;
  maximum?: number;
  exclusiveMinimum?: number;
  exclusiveMaximum?: number;
  minLength?: number;
  maxLength?: number;
  minItems?: number;
  maxItems?: number;
};

/**
 * A plausible value for a JSON schema: the right shape, with ids that exist nowhere. Used to reach
 * past validation into each procedure, where unknown ids must give NOT_FOUND rather than a 500.
 */
export function plausibleValue(schema: JsonSchema | undefined, depth = 0): unknown {
  if (!schema || depth > 8) return null;
  if (schema.const !== undefined) return schema.const;
  if (schema.enum?.length) return schema.enum[0];
  const options = schema.anyOf ?? schema.oneOf;
  if (options?.length) return plausibleValue(options.find((o) => o.type !== "null") ?? options[0], depth + 1);
  if (schema.allOf?.length) return plausibleValue(schema.allOf[0], depth + 1);
  const type = Array.isArray(schema.type) ? schema.type.find((t) => t !== "null") : schema.type;
  switch (type) {
    case "object": {
      const out: Record<string, unknown> = {};
      for (const key of schema.required ?? []) out[key] = plausibleValue(schema.properties?.[key], depth + 1);
      return out;
    }
    case "array":
      return Array.from({ length: Math.max(1, schema.minItems ?? 1) }, () => plausibleValue(schema.items, depth + 1));
    case "integer":
    case "number":
      return Math.max(1, Math.ceil(schema.minimum ?? (schema.exclusiveMinimum ?? 0) + 1));
    case "boolean":
      return true;
    case "string":
      return plausibleString(schema);
    default:
      return null;
  }
}

function plausibleString(schema: JsonSchema): string {
  if (schema.format === "uuid") return randomUUID();
  if (schema.format === "date" || schema.pattern?.includes("\\d{4}-\\d{2}-\\d{2}")) return "2026-01-15";
  if (schema.pattern === "^\\d{4}-\\d{2}$") return "2025-26";
  const text = "Plausible text";
  return text.padEnd(schema.minLength ?? 0, "x").slice(0, schema.maxLength ?? text.length);
}

/** Inputs that no procedure should accept, or should answer with a clear 4xx. */
export const HOSTILE_INPUTS: unknown[] = [undefined, null, 42, "x".repeat(200_000), [], { id: 7 }, { id: "not-a-uuid" }, { id: randomUUID() }];
