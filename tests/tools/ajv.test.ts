import { Ajv2020 } from 'ajv/dist/2020.js';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { idsOf, sh, toolsReady } from './third-party.js';

const ready = toolsReady([], 'the JSON Schema tests with ajv');
const dir = mkdtempSync(join(tmpdir(), 'gptlineage-ajv-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const json = (args: string) => JSON.parse(sh(`$GL ${args}`).stdout) as Record<string, unknown>;
// Strict: unknown keywords, ignored types and loose unions are errors, not warnings.
const strictAjv = () => new Ajv2020({ strict: true, allErrors: true });

/** One run of every command, and every list kind, capability and model, as a user would type them. */
function commands(): { args: string; stream: 'stdout' | 'stderr' }[] {
  const out = [
    ...idsOf('capabilities').map((c) => `trace ${c}`),
    ...idsOf('models').map((m) => `lineage ${m}`),
    'why chatgpt icl',
    'diff code-davinci-002 text-davinci-002',
    'tree',
    'matrix',
    'matrix --all',
    ...['models', 'capabilities', 'methods', 'derivations', 'claims', 'sources', 'questions', 'errata', 'reviews'].map((k) => `list ${k}`),
    ...idsOf('claims').slice(0, 20).map((c) => `show ${c}`),
    'show cot',
    'show chatgpt',
    'search alignment tax',
    'questions',
    'limits',
    `cite ${idsOf('sources').join(' ')}`,
    'graph',
    'impact rlhf',
    'validate',
    `init ${join(dir, 'pack')}`,
  ].map((args) => ({ args: `${args} --json`, stream: 'stdout' as const }));
  return [...out, { args: 'trace no-such-capability --json', stream: 'stderr' }, { args: 'trace --json', stream: 'stderr' }];
}

describe.runIf(ready)('the output JSON Schemas, compiled and applied by strict ajv', () => {
  it('`schema output` is one valid draft 2020-12 schema: oneOf over kinds, shared $defs, an $id', () => {
    const schema = json('schema output');
    expect(schema).toMatchObject({ $schema: 'https://json-schema.org/draft/2020-12/schema', $id: expect.stringMatching(/^urn:gptlineage:schema:output/) });
    expect((schema.oneOf as unknown[]).length).toBeGreaterThan(12);
    expect(Object.keys(schema.$defs as object)).toEqual(expect.arrayContaining(['modelLevel', 'claimView', 'sourceView']));
    expect(() => strictAjv().compile(schema)).not.toThrow();
  });

  it('compiles every per-kind schema, and validates every command\'s output against it and against `schema output`', () => {
    const ajv = strictAjv();
    const all = ajv.compile(json('schema output'));
    const perKind = new Map<string, ReturnType<typeof ajv.compile>>();
    let checked = 0;
    for (const { args, stream } of commands()) {
      const r = sh(`$GL ${args}`);
      const doc = JSON.parse(r[stream]) as { kind: string };
      if (!perKind.has(doc.kind)) perKind.set(doc.kind, strictAjv().compile(json(`schema ${doc.kind}`)));
      const one = perKind.get(doc.kind)!;
      expect(one(doc) ? [] : one.errors, `${args} against schema ${doc.kind}`).toEqual([]);
      expect(all(doc) ? [] : all.errors, `${args} against schema output`).toEqual([]);
      checked++;
    }
    expect(checked).toBeGreaterThan(60);
    expect([...perKind.keys()].sort()).toEqual(['cite', 'diff', 'error', 'graph', 'impact', 'init', 'limits', 'lineage', 'list', 'matrix', 'questions', 'search', 'show', 'trace', 'tree', 'validation']);
  });

  it('rejects a document that is not of its kind', () => {
    const check = strictAjv().compile(json('schema output'));
    const doc = json('trace cot --json');
    expect(check({ ...doc, extra: 1 })).toBe(false);
    expect(check({ ...doc, kind: 'diff' })).toBe(false);
    expect(check({ ...doc, schemaVersion: 2 })).toBe(false);
  });
});
