/**
 * Hostile input through the loader API in this very process, where a crash or a polluted
 * prototype would show: `__proto__`/`constructor`/`prototype` keys, tags that would run code if
 * evaluated, two 100,000-level documents (the second aborts Node inside yaml without the depth
 * check), and a poisoned cache entry read back through the cache module.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readCache } from '../../src/kb/cache.js';
import { loadKnowledge } from '../../src/kb/load.js';

const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

function load(files: Record<string, string>) {
  const dir = mkdtempSync(join(tmpdir(), 'gptlineage-inproc-'));
  dirs.push(dir);
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  return loadKnowledge([{ path: dir, base: dir }]);
}

const polluted = () => ({}) as Record<string, unknown>;

describe('hostile input, in process', () => {
  it('__proto__, constructor and prototype keys are unknown keys and pollute nothing', () => {
    const result = load({
      'proto.yaml': [
        '__proto__: { polluted: yes }',
        'models:',
        '  - id: rb-p',
        '    name: P',
        '    __proto__: { polluted: yes, isAdmin: true }',
        '    constructor: { prototype: { polluted: yes } }',
        '    prototype: { polluted: yes }',
        '  - { id: rb-q, name: Q, "__proto__": [1, 2] }',
        '',
      ].join('\n'),
    });
    const keys = result.issues.filter((i) => i.code === 'UNKNOWN_KEY');
    // One issue per entity, at its first unknown key, naming the others.
    expect(keys.map((i) => `${i.line}:${i.column}`)).toEqual(['1:1', '5:5', '8:26']);
    expect(keys[1]!.message).toMatch(/`__proto__`.*`constructor`, `prototype`/);
    expect(result.kb).toBeUndefined();
    expect(polluted().polluted).toBeUndefined();
    expect(polluted().isAdmin).toBeUndefined();
    expect(Object.prototype).not.toHaveProperty('polluted');
    expect(Object.getOwnPropertyNames(Object.prototype)).not.toContain('polluted');
  });

  it('tags never run code: !!js/function, !!python/object and friends are refused as data', () => {
    const marker = join(tmpdir(), `gptlineage-pwned-${process.pid}`);
    const result = load({
      'tags.yaml': [
        'models:',
        '  - id: rb-js',
        `    name: !!js/function "function () { require('fs').writeFileSync('${marker}', 'x'); globalThis.pwned = 1; }"`,
        '    description: !!js/eval "globalThis.pwned = 2"',
        '    notes: !!python/object/apply:os.system ["touch ' + marker + '"]',
        '',
      ].join('\n'),
    });
    expect(result.issues.filter((i) => i.code === 'YAML_TAG')).toHaveLength(3);
    expect((globalThis as Record<string, unknown>).pwned).toBeUndefined();
    expect(() => rmSync(marker)).toThrow(); // it was never created
  });

  it('two documents nested 100,000 levels deep (block and flow) in one process: refused, no abort', () => {
    const result = load({ 'a.yaml': `${'- '.repeat(100_000)}x\n`, 'b.yaml': `${'{a: '.repeat(100_000)}1${'}'.repeat(100_000)}\n` });
    expect(result.issues.filter((i) => i.code === 'YAML_TOO_DEEP').map((i) => i.file)).toEqual(['a.yaml', 'b.yaml']);
  });

  it('a cache entry carrying __proto__ is read as data: no pollution, and a damaged one is ignored', () => {
    const dir = mkdtempSync(join(tmpdir(), 'gptlineage-cache-'));
    dirs.push(dir);
    const kb = { sources: [], models: [], methods: [], derivations: [], capabilities: [], claims: [], questions: [], errata: [], reviews: [], locations: {} };
    writeFileSync(join(dir, 'kb-k1.json'), `{"__proto__":{"polluted":"yes"},"key":"k1","kb":${JSON.stringify(kb)}}`);
    expect(readCache(dir, 'k1')).toEqual(kb);
    expect(polluted().polluted).toBeUndefined();
    writeFileSync(join(dir, 'kb-k2.json'), JSON.stringify({ key: 'k2', kb: { models: 5 } }));
    expect(readCache(dir, 'k2')).toBeUndefined();
    writeFileSync(join(dir, 'kb-k3.json'), JSON.stringify({ key: 'other', kb }));
    expect(readCache(dir, 'k3')).toBeUndefined();
    mkdirSync(join(dir, 'kb-k4.json'));
    expect(readCache(dir, 'k4')).toBeUndefined();
  });
});
