/** The keys a schema allows at a path inside some data: the candidates for a did-you-mean. */
import type { z } from 'zod';

type AnySchema = z.ZodType;

/** Allowed keys of the object schema reached by following `path` through `data`. */
export function allowedKeysAt(schema: AnySchema, path: ReadonlyArray<PropertyKey>, data: unknown): string[] {
  let current: AnySchema | undefined = schema;
  let value = data;
  for (const segment of path) {
    current = current && step(pick(current, value), segment);
    value = (value as Record<PropertyKey, unknown> | undefined)?.[segment];
  }
  const target = current && pick(current, value);
  return target ? Object.keys(shapeOf(target) ?? {}) : [];
}

function def(schema: AnySchema): Record<string, unknown> & { type: string } {
  return (schema as unknown as { _zod: { def: Record<string, unknown> & { type: string } } })._zod.def;
}

/** Unwrap optional/default wrappers and choose the union member that fits `value`. */
function pick(schema: AnySchema, value: unknown): AnySchema {
  const d = def(schema);
  if (d.type === 'optional' || d.type === 'nullable' || d.type === 'default') return pick(d.innerType as AnySchema, value);
  if (d.type === 'union') {
    const options = d.options as AnySchema[];
    const discriminator = d.discriminator as string | undefined;
    const wanted = discriminator && (value as Record<string, unknown> | undefined)?.[discriminator];
    const byTag = options.find((o) => shapeOf(pick(o, value))?.[discriminator ?? '']?.def?.values?.includes(wanted));
    return byTag ?? options.find((o) => shapeOf(pick(o, value)) !== undefined) ?? schema;
  }
  return schema;
}

function step(schema: AnySchema, segment: PropertyKey): AnySchema | undefined {
  const d = def(schema);
  if (d.type === 'array') return d.element as AnySchema;
  return shapeOf(schema)?.[String(segment)] as AnySchema | undefined;
}

function shapeOf(schema: AnySchema): Record<string, AnySchema & { def?: { values?: unknown[] } }> | undefined {
  const d = def(schema);
  return d.type === 'object' ? (d.shape as Record<string, AnySchema & { def?: { values?: unknown[] } }>) : undefined;
}
