/**
 * In-process checks of the second round of hostile input: YAML versions, identifier fields,
 * calendar dates, the suggestion budget, a pack given twice. The built binary runs the same
 * cases in tests/robustness (cases/round-two.ts).
 */
import { closeSync, openSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadKnowledge } from '../../src/kb/load.js';
import { readBounded } from '../../src/kb/read-text.js';
import { editDistance, suggest, suggestionBudget } from '../../src/kb/suggest.js';
import { loadPack, writePack } from '../helpers/load-yaml.js';

const codes = (files: Record<string, string>) => loadPack(files).issues.map((i) => `${i.code}@${i.line}`);
const source = (field: string) => `sources:\n  - id: s1\n    kind: paper\n    title: T\n    ${field}\n`;

describe('YAML is 1.2 with the core schema', () => {
  it.each([
    ['%YAML 1.1', 'YAML_VERSION'],
    ['%YAML 1.3', 'YAML_VERSION'],
    ['%YAML  1.1 # sexagesimal', 'YAML_VERSION'],
    ['%TAG ! tag:example.com,2000:', 'YAML_TAG'],
    ['%FOO bar', 'YAML_TAG'],
  ])('`%s` is refused at line 1', (directive, code) => {
    expect(codes({ 'a.yaml': `${directive}\n---\nmodels:\n  - { id: m1, name: M, openWeights: yes }\n` })).toEqual([`${code}@1`]);
  });

  it('`%YAML 1.2` is accepted, and `yes` stays a string there (so openWeights is mistyped)', () => {
    expect(codes({ 'a.yaml': '%YAML 1.2\n---\nmodels:\n  - { id: m1, name: M, openWeights: yes }\n' })).toEqual(['WRONG_TYPE@4']);
  });

  it('`<<` is an ordinary (unknown) key, never a merge', () => {
    expect(codes({ 'a.yaml': 'models:\n  - id: m1\n    name: M\n    <<: { name: N }\n' })).toEqual(['UNKNOWN_KEY@4']);
  });

  it('33:40 is a string, not the sexagesimal 2020', () => {
    const result = loadPack({ 'a.yaml': 'models:\n  - { id: m1, name: 33:40 }\n' });
    expect(result.kb?.models.find((m) => m.id === 'm1')?.name).toBe('33:40');
  });
});

describe('identifier fields have a strict character set and a length cap', () => {
  it.each([
    ['doi with ESC (OSC 52)', 'doi: "10.1234/x\\e]52;c;ZXZpbA==\\a"'],
    ['doi with BEL', 'doi: "10.1234/x\\a"'],
    ['doi with a C1 CSI', 'doi: "10.1234/x\\x9b31m"'],
    ['doi closing the BibTeX entry', 'doi: "10.1234/x}},@misc{evil,title={\\\\immediate\\\\write18{id}}"'],
    ['doi with a space', 'doi: "10.1234/a b"'],
    ['doi of 300 characters', `doi: "10.1234/${'a'.repeat(300)}"`],
    ['arxiv with a brace', 'arxiv: "2201.11903}"'],
    ['url with ESC', 'url: "https://example.com/\\e]0;title\\a"'],
    ['url with a brace', 'url: "https://example.com/}"'],
    ['url with a space', 'url: "https://example.com/a b"'],
    ['url that is javascript:', 'url: "javascript:alert(1)"'],
    ['language with a newline', 'language: "en\\nfr"'],
  ])('%s', (_, field) => {
    const found = codes({ 'a.yaml': source(field) });
    expect(found.length).toBeGreaterThan(0);
    for (const code of found) expect(code).toMatch(/^(INVALID_FORMAT|OUT_OF_RANGE)@5$/);
  });

  it.each(['doi: "10.1000/182"', 'doi: "10.1002/(SICI)1097-4571(199806)49:8<693::AID-ASI4>3.0.CO;2-0"', 'arxiv: "hep-th/9901001v2"', 'url: "https://arxiv.org/abs/2201.11903?x=1&y=%20#s"', 'language: zh-Hans'])(
    'a real %s passes',
    (field) => {
      expect(codes({ 'a.yaml': source(field) }).filter((c) => !c.startsWith('UNCITED_SOURCE'))).toEqual([]);
    },
  );

  it.each([
    ['an id of 101 characters', `models:\n  - { id: ${'a'.repeat(101)}, name: M }\n`, 'OUT_OF_RANGE@2'],
    ['an alias with ESC', 'models:\n  - { id: m1, name: M, aliases: ["a\\e[31m"] }\n', 'INVALID_FORMAT@2'],
    ['an alias with a right-to-left mark', 'models:\n  - { id: m1, name: M, aliases: ["ab\\u200f"] }\n', 'INVALID_FORMAT@2'],
    ['an alias with a brace', 'models:\n  - { id: m1, name: M, aliases: ["a}"] }\n', 'INVALID_FORMAT@2'],
    ['an alias of 101 characters', `models:\n  - { id: m1, name: M, aliases: [${'a'.repeat(101)}] }\n`, 'OUT_OF_RANGE@2'],
  ])('%s', (_, yaml, code) => {
    expect(codes({ 'a.yaml': yaml })).toEqual([code]);
  });

  it('an alias in another script passes', () => {
    expect(codes({ 'a.yaml': 'models:\n  - { id: m1, name: M, aliases: [思维链, "GPT-3.5 (text)", ज़ीरो] }\n' })).toEqual([]);
  });
});

describe('dates are real calendar dates', () => {
  it.each(['2022-02-30', '2023-02-29', '2022-04-31', '1900-02-29'])('%s is refused', (date) => {
    expect(codes({ 'a.yaml': `models:\n  - { id: m1, name: M, released: "${date}" }\n` })).toEqual(['INVALID_FORMAT@2']);
  });

  it.each(['2024-02-29', '2000-02-29', '2022-12-31'])('%s passes, also inside a range or circa', (date) => {
    expect(codes({ 'a.yaml': `models:\n  - { id: m1, name: M, released: { from: "2020", to: "${date}" }, trainingCutoff: { circa: "${date}" } }\n` })).toEqual([]);
  });

  it('names the month and its length', () => {
    const [found] = loadPack({ 'a.yaml': 'models:\n  - { id: m1, name: M, released: "2022-02-30" }\n' }).issues;
    expect(found?.message).toContain('February 2022 has 28 days');
  });
});

describe('a pack given twice is loaded once', () => {
  it('through the same path, other spellings of it, the file inside it and a symlink to it', () => {
    const dir = writePack({ 'a.yaml': 'models:\n  - { id: m1, name: M }\n' });
    const link = `${dir}-link`;
    symlinkSync(dir, link);
    const result = loadKnowledge([dir, `${dir}/`, join(dir, 'a.yaml'), join(dir, '.', 'a.yaml'), link].map((path) => ({ path, base: dir })));
    expect(result.issues).toEqual([]);
    expect(result.files).toHaveLength(1);
  });

  it('*.YAML and *.Yml files are knowledge files too', () => {
    const result = loadPack({ 'A.YAML': 'models:\n  - { id: m1, name: M }\n', 'b.Yml': 'models:\n  - { id: m2, name: N }\n' });
    expect(result.kb?.models.map((m) => m.id)).toEqual(['m1', 'm2']);
  });
});

describe('suggestions are bounded', () => {
  it('one budget for many suggestions: once it is spent, no more are made, and what was found is kept', () => {
    const ids = Array.from({ length: 2000 }, (_, i) => `m${String(i).padStart(5, '0')}-${'x'.repeat(53)}`);
    const budget = suggestionBudget(10_000_000);
    const found = Array.from({ length: 100 }, (_, i) => suggest(`${ids[i]!}q`, ids, 3, budget));
    expect(found[0]).toContain(ids[0]);
    expect(found.at(-1)).toEqual([]);
    expect(budget.left).toBeLessThanOrEqual(0);
  });

  it('text longer than any id is not compared at all', () => {
    const budget = suggestionBudget(1000);
    expect(suggest('a'.repeat(40_000), ['a'.repeat(40_000), 'b'], 3, budget)).toEqual([]);
    expect(budget.left).toBe(1000);
  });

  it('a fresh budget still finds the obvious typo', () => {
    expect(suggest('text-davinci-03', ['text-davinci-003', 'davinci'])).toEqual(['text-davinci-003']);
    expect(editDistance('kitten', 'sitting')).toBe(3);
  });
});

describe('readBounded', () => {
  it('stops one byte past the cap, whatever the file claims, and returns all of a smaller file', () => {
    const dir = writePack({});
    writeFileSync(join(dir, 'big'), Buffer.alloc(3 << 20, 97));
    const fd = openSync(join(dir, 'big'), 'r');
    try {
      expect(readBounded(fd, 1 << 20)).toBeUndefined();
    } finally {
      closeSync(fd);
    }
    const again = openSync(join(dir, 'big'), 'r');
    try {
      expect(readBounded(again, 4 << 20)?.length).toBe(3 << 20);
    } finally {
      closeSync(again);
    }
  });
});
