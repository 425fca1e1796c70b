import { describe, expect, it } from 'vitest';
import { OUTPUT_SCHEMAS } from '../../src/queries/output-schemas.js';
import { renderJson } from '../../src/render/json.js';
import { ALL_KINDS, allResults } from './all-results.js';
import { checkSchema } from './json-schema-check.js';

describe('output schemas', () => {
  const results = allResults();

  it('has a schema for every result kind, and a result of every kind to test', () => {
    expect(Object.keys(OUTPUT_SCHEMAS).sort()).toEqual([...ALL_KINDS, 'error', 'validation', 'init'].sort());
    expect(new Set(Object.values(results).map((r) => r.kind))).toEqual(new Set(ALL_KINDS));
  });

  it.each(Object.entries(results))('%s validates against the schema of its kind', (_name, result) => {
    const doc = JSON.parse(renderJson(result)) as { kind: string };
    expect(checkSchema(OUTPUT_SCHEMAS[doc.kind] as Record<string, unknown>, doc)).toEqual([]);
  });

  it('catches a wrong shape', () => {
    const doc = JSON.parse(renderJson(results['trace.cot']!)) as Record<string, unknown>;
    const schema = OUTPUT_SCHEMAS.trace as Record<string, unknown>;
    expect(checkSchema(schema, { ...doc, extra: 1 })).toEqual(['$.extra: not allowed']);
    expect(checkSchema(schema, { ...doc, models: [{ model: 'x' }] }).length).toBeGreaterThan(0);
    expect(checkSchema(schema, { ...doc, schemaVersion: 2 })).toEqual(['$.schemaVersion: expected 1']);
    const { origins: _dropped, ...missing } = doc;
    expect(checkSchema(schema, missing)).toEqual(['$.origins: missing']);
  });
});
