/** A tiny validator for the subset of JSON Schema the output schemas use; returns the paths that fail. */
type Schema = Record<string, unknown>;

/** Every violation of `schema` in `value`, as `path: problem` strings (empty when valid). */
export function checkSchema(schema: Schema, value: unknown, path = '$'): string[] {
  if ('const' in schema) return value === schema.const ? [] : [`${path}: expected ${JSON.stringify(schema.const)}`];
  if (Array.isArray(schema.enum)) return schema.enum.includes(value) ? [] : [`${path}: ${JSON.stringify(value)} not in enum`];
  if (Array.isArray(schema.anyOf)) {
    const results = (schema.anyOf as Schema[]).map((s) => checkSchema(s, value, path));
    return results.some((r) => r.length === 0) ? [] : [`${path}: matches no alternative (${results.map((r) => r[0]).join(' | ')})`];
  }
  switch (schema.type) {
    case 'string':
      return typeof value === 'string' ? [] : [`${path}: expected string`];
    case 'integer':
      return Number.isInteger(value) ? [] : [`${path}: expected integer`];
    case 'number':
      return typeof value === 'number' ? [] : [`${path}: expected number`];
    case 'boolean':
      return typeof value === 'boolean' ? [] : [`${path}: expected boolean`];
    case 'null':
      return value === null ? [] : [`${path}: expected null`];
    case 'array':
      if (!Array.isArray(value)) return [`${path}: expected array`];
      return schema.items ? value.flatMap((v, i) => checkSchema(schema.items as Schema, v, `${path}[${i}]`)) : [];
    case 'object':
      return checkObject(schema, value, path);
    case undefined:
      return [];
    default:
      return [`${path}: unsupported schema type ${String(schema.type)}`];
  }
}

function checkObject(schema: Schema, value: unknown, path: string): string[] {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return [`${path}: expected object`];
  const record = value as Record<string, unknown>;
  const props = (schema.properties ?? {}) as Record<string, Schema>;
  const errors = ((schema.required ?? []) as string[]).filter((k) => !(k in record)).map((k) => `${path}.${k}: missing`);
  for (const [k, v] of Object.entries(record)) {
    if (props[k]) errors.push(...checkSchema(props[k]!, v, `${path}.${k}`));
    else if (schema.additionalProperties === false) errors.push(`${path}.${k}: not allowed`);
  }
  return errors;
}
