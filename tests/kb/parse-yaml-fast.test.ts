/**
 * The fast YAML path must never change an answer: whatever it accepts, `parseYaml` accepts with
 * equal values and equal entity positions; whatever needs a message, it declines.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseYamlFast } from '../../src/kb/parse-yaml-fast.js';
import { parseYaml } from '../../src/kb/parse-yaml.js';
import { fromDocument, fromFast } from '../../src/kb/parsed-file.js';
import { INVALID_CASES } from './invalid-cases.js';
import { YAML_CASES } from '../robustness/cases/yaml.js';
import { SHAPE_CASES } from '../robustness/cases/shape.js';
import { RULE_CASES } from '../robustness/cases/rules.js';
import { ROUND_TWO_CASES } from '../robustness/cases/round-two.js';

const ROOT = join(import.meta.dirname, '..', '..');

function yamlFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return yamlFiles(path);
    return /\.ya?ml$/i.test(name) ? [path] : [];
  });
}

/** What each path makes of `text`: the fast one's value (or that it declined) and the slow one's. */
function bothPaths(text: string) {
  const fast = parseYamlFast(text);
  const slow = parseYaml(text, 'f.yaml');
  return { fast, slow, slowData: slow.doc ? slow.doc.toJS({ maxAliasCount: 0 }) : undefined };
}

/** Fails unless the fast path declined `text`, or agrees with parseYaml on its verdict, values and entity positions. */
function expectAgreement(text: string, label: string): boolean {
  const { fast, slow, slowData } = bothPaths(text);
  if (!fast) return false;
  expect(slow.issues, `${label}: the fast path accepts what parseYaml refuses`).toEqual([]);
  expect(isDeepStrictEqual(fast.data, slowData), `${label}: values differ`).toBe(true);
  const quick = fromFast(fast);
  const full = fromDocument({ doc: slow.doc!, lineCounter: slow.lineCounter });
  if (slowData && typeof slowData === 'object' && !Array.isArray(slowData)) {
    for (const [section, list] of Object.entries(slowData)) {
      if (!Array.isArray(list)) continue;
      list.forEach((item, index) => {
        if (item && typeof item === 'object' && !Array.isArray(item)) expect(quick.locate([section, index]), `${label}: ${section}[${index}]`).toEqual(full.locate([section, index]));
      });
    }
  }
  return true;
}

const caseTexts = [...YAML_CASES, ...SHAPE_CASES, ...RULE_CASES, ...ROUND_TWO_CASES].flatMap((c) =>
  Object.entries(c.files ?? {}).flatMap(([name, text]) => (typeof text === 'string' && /\.ya?ml$/i.test(name) ? [[`${c.name}: ${name}`, text] as const] : [])),
);

describe('the fast YAML path', () => {
  it('reads every bundled knowledge file, with the values and positions parseYaml gives', () => {
    const files = yamlFiles(join(ROOT, 'knowledge'));
    expect(files.length).toBeGreaterThan(10);
    for (const file of files) expect(expectAgreement(readFileSync(file, 'utf8'), file), `${file} declined`).toBe(true);
  });

  it('agrees with parseYaml, or declines, on every test fixture and hostile case', () => {
    const texts = [
      ...yamlFiles(join(ROOT, 'tests', 'fixtures')).map((f) => [f, readFileSync(f, 'utf8')] as const),
      ...INVALID_CASES.flatMap((c) => (typeof c.yaml === 'string' ? [[c.name, c.yaml] as const] : [])),
      ...caseTexts,
    ];
    expect(texts.length).toBeGreaterThan(150);
    let accepted = 0;
    for (const [label, text] of texts) if (expectAgreement(text, label)) accepted++;
    // Most cases are broken on purpose: the fast path must have declined those.
    expect(accepted).toBeGreaterThan(10);
  });

  it.each([
    ['a directive', '%YAML 1.2\n---\nmodels: []\n'],
    ['a tag', 'models:\n  - id: m1\n    name: !!str M1\n'],
    ['an anchor', 'models:\n  - &a { id: m1, name: M1 }\n'],
    ['an alias of a scalar', 'x: &n M1\nmodels:\n  - { id: m1, name: *n }\n'],
    ['a __proto__ key', 'models:\n  - { id: m1, __proto__: { polluted: 1 } }\n'],
    ['a __proto__ key written with escapes', 'models:\n  - { id: m1, "\\x5f_proto__": { polluted: 1 } }\n'],
    ['a collection as a key', 'models:\n  - ? [id]\n    : m1\n'],
    ['a null key', 'models:\n  - { ~: m1 }\n'],
    ['keys 1 and "1"', 'models:\n  - { 1: a, "1": b }\n'],
    ['two documents', 'models: []\n---\nmodels: []\n'],
    ['nesting at the limit', `models: ${'['.repeat(64)}${']'.repeat(64)}\n`],
    ['a syntax error', 'models:\n  - { id: m1\n'],
    ['tab indentation', 'models:\n\t- id: m1\n'],
  ])('declines %s, which parseYaml reports or refuses', (_, text) => {
    expect(parseYamlFast(text)).toBeUndefined();
  });

  it('agrees with parseYaml, or declines, on random YAML-like text', () => {
    const pieces = ['a', 'b', 'id', ': ', ':', '- ', '-', '\n', '  ', ' ', '"', "'", '[', ']', '{', '}', ', ', ',', '#', '|', '>', '|-', '>+', '\\', '\\n', '\\x41', '\\u00e9', '\\_', '\\N', '\\ ', 'x', '1', '0.5', '\t', '?', '? ', '!', '&', '*', '---', '...', '@', '`', '\r\n', '\r', '\ufeff', '%', '~', 'null', 'true', '0x1F', '0o7', '1e3', '.inf', '\u00e9', '\u3010'];
    // Inside the contexts a knowledge file has: a section, its list, an entity's field.
    const context = fc.constantFrom('', 'models:\n  ', 'models:\n  - ', 'models:\n  - id: ', 'models:\n  - id: m1\n    name: ', 'models: [');
    const text = fc.tuple(context, fc.array(fc.constantFrom(...pieces), { maxLength: 40 })).map(([c, p]) => c + p.join(''));
    fc.assert(
      fc.property(text, (t) => {
        const { fast, slow, slowData } = bothPaths(t);
        return !fast || (slow.issues.length === 0 && isDeepStrictEqual(fast.data, slowData));
      }),
      { numRuns: Number(process.env.FAST_YAML_RUNS ?? 3000) },
    );
  });

  it('types plain scalars exactly as the yaml package does', () => {
    const pieces = ['', '0', '1', '7', '9', 'x', 'f', 'e', 'E', '.', '+', '-', '_', 'o', '0o', '0x', 'inf', 'Inf', 'nan', 'NaN', 'true', 'True', 'TRUE', 'tRue', 'null', 'Null', 'NULL', '~', 'yes', 'no', ':', ' '];
    const scalar = fc.array(fc.constantFrom(...pieces), { minLength: 1, maxLength: 5 }).map((p) => p.join('').trim());
    fc.assert(
      fc.property(scalar, (s) => {
        const text = `value: ${s}\nlist: [${s}]\n`;
        const { fast, slow, slowData } = bothPaths(text);
        if (!fast) return true;
        return slow.issues.length === 0 && isDeepStrictEqual(fast.data, slowData);
      }),
      { numRuns: 3000 },
    );
  });
});
