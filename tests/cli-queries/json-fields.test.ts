import { describe, expect, it } from 'vitest';
import { extractJsonFields } from '../../src/cli/json-fields.js';
import { cli } from './run-cli.js';

describe('--json=FIELDS (gh-style field selection)', () => {
  it('keeps only the fields asked for, with schemaVersion and kind', async () => {
    const r = await cli(['trace', 'cot', '--json=meetsAt,origins']);
    expect(r.code).toBe(0);
    const doc = JSON.parse(r.stdout) as Record<string, unknown>;
    expect(Object.keys(doc)).toEqual(['schemaVersion', 'kind', 'meetsAt', 'origins']);
    const whole = JSON.parse((await cli(['trace', 'cot', '--json'])).stdout) as Record<string, unknown>;
    expect(doc.origins).toEqual(whole.origins);
  });

  it('leaves a bare --json as it was, wherever it stands', async () => {
    const before = await cli(['--json', 'trace', 'cot']);
    const after = await cli(['trace', 'cot', '--json']);
    expect(before).toEqual(after);
    expect(Object.keys(JSON.parse(after.stdout) as object)).toContain('laterSteps');
  });

  it('names the available fields when one is unknown, as a usage error in JSON', async () => {
    const r = await cli(['list', 'models', '--json=itemz']);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(JSON.parse(r.stderr)).toMatchObject({ kind: 'error', error: { code: 'UNKNOWN_JSON_FIELD', message: expect.stringContaining('available: section, items') } });
  });

  it('applies to validate and stops at --', () => {
    expect(extractJsonFields(['validate', '--json=ok,errors'])).toEqual({ argv: ['validate', '--json'], fields: ['ok', 'errors'] });
    expect(extractJsonFields(['search', '--', '--json=x'])).toEqual({ argv: ['search', '--', '--json=x'] });
    expect(() => extractJsonFields(['tree', '--json='])).toThrow(/field names/);
  });
});
