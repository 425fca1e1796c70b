/** A few builders for the JSON Schemas of the output: strict objects (every key required, no others), arrays, enums. */

/** A JSON Schema object. */
export type JsonSchema = Record<string, unknown>;

/** Any string. */
export const str: JsonSchema = { type: 'string' };
/** An integer. */
export const int: JsonSchema = { type: 'integer' };
/** A number. */
export const num: JsonSchema = { type: 'number' };
/** true or false. */
export const bool: JsonSchema = { type: 'boolean' };

/** A string from a fixed list. */
export function oneOf(values: readonly string[]): JsonSchema {
  return { enum: [...values] };
}

/** The schema, or null. */
export function nullable(schema: JsonSchema): JsonSchema {
  return { anyOf: [schema, { type: 'null' }] };
}

/** An array of `items`. */
export function arr(items: JsonSchema): JsonSchema {
  return { type: 'array', items };
}

/** An object with exactly these keys, all required unless listed in `optional`. */
export function obj(properties: Record<string, JsonSchema>, optional: string[] = []): JsonSchema {
  return {
    type: 'object',
    properties,
    required: Object.keys(properties).filter((k) => !optional.includes(k)),
    additionalProperties: false,
  };
}

/** Any JSON object (for raw knowledge entities, described by the knowledge schema). */
export const anyObject: JsonSchema = { type: 'object' };
