import { describe, expect, it } from 'vitest';
import { outputJsonSchema, schemaNames } from '../../src/output/json-schema.js';
import { renderJson } from '../../src/render/json.js';
import { schemaErrors } from '../helpers/output-schema.js';
import { ALL_KINDS, allResults } from './all-results.js';

describe('output schemas (from the zod shapes, checked by strict ajv)', () => {
  const results = allResults();

  it('has a schema for every result kind, and a result of every kind to test', () => {
    const kinds = ((outputJsonSchema() as { oneOf: { $ref: string }[] }).oneOf).map((r) => r.$ref.replace('#/$defs/', ''));
    expect(kinds.sort()).toEqual([...ALL_KINDS, 'error', 'validation', 'init'].sort());
    expect(schemaNames()).toEqual([...kinds, 'validate', 'why'].sort());
    expect(new Set(Object.values(results).map((r) => r.kind))).toEqual(new Set(ALL_KINDS));
  });

  it.each(Object.entries(results))('%s validates against the schema of its kind and `schema output`', (_name, result) => {
    expect(schemaErrors(JSON.parse(renderJson(result)))).toEqual([]);
  });

  it('catches a wrong shape', () => {
    const doc = JSON.parse(renderJson(results['trace.cot']!)) as Record<string, unknown>;
    expect(schemaErrors({ ...doc, extra: 1 }, 'trace')).toContain('trace: / must NOT have additional properties (extra)');
    expect(schemaErrors({ ...doc, models: [{ model: 'x' }] }, 'trace').length).toBeGreaterThan(0);
    expect(schemaErrors({ ...doc, schemaVersion: 2 }, 'trace')).toContain('trace: /schemaVersion must be equal to constant');
    const { origins: _dropped, ...missing } = doc;
    expect(schemaErrors(missing, 'trace')).toContain("trace: / must have required property 'origins'");
  });
});
