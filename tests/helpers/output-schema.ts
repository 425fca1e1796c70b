/** Validate JSON documents against the output schemas with strict ajv (draft 2020-12), as a consumer would. */
import { Ajv2020, type ValidateFunction } from 'ajv/dist/2020.js';
import { outputJsonSchema, outputKindJsonSchema } from '../../src/output/json-schema.js';

// Strict: an unknown keyword or a loose type in a schema is an error, not a warning.
const ajv = new Ajv2020({ strict: true, allErrors: true });
const compiled = new Map<string, ValidateFunction>();

function validator(which: string): ValidateFunction {
  let v = compiled.get(which);
  if (!v) {
    const schema = which === 'output' ? outputJsonSchema() : outputKindJsonSchema(which);
    if (!schema) throw new Error(`no output schema for ${which}`);
    compiled.set(which, (v = ajv.compile(schema)));
  }
  return v;
}

/** What is wrong with `doc` against the schema of its kind and against `schema output` (empty: valid). */
export function schemaErrors(doc: unknown, kind = (doc as { kind?: string }).kind ?? 'output'): string[] {
  return ['output', kind].flatMap((which) => {
    const v = validator(which);
    return v(doc) ? [] : (v.errors ?? []).map((e) => `${which}: ${e.instancePath || '/'} ${e.message}${e.params && 'additionalProperty' in e.params ? ` (${String(e.params.additionalProperty)})` : ''}`);
  });
}
