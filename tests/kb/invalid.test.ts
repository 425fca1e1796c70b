import { describe, expect, it } from 'vitest';
import { ISSUE_CODES } from '../../src/kb/issues.js';
import { loadPack } from '../helpers/load-yaml.js';
import { INVALID_CASES } from './invalid-cases.js';

describe('invalid knowledge files', () => {
  it('has a case for at least 30 problems', () => {
    expect(INVALID_CASES.length).toBeGreaterThanOrEqual(30);
  });

  it.each(INVALID_CASES)('$name → $code at line $line', ({ yaml, code, line, others }) => {
    const result = loadPack({ 'a.yaml': yaml, ...others });
    const found = result.issues.filter((i) => i.code === code && i.file.endsWith('a.yaml'));
    expect(found.map((i) => i.line), JSON.stringify(result.issues, null, 1)).toContain(line);
    // Every issue is positioned, worded, and uses a known code with its declared severity.
    for (const i of result.issues) {
      expect(ISSUE_CODES[i.code]).toBe(i.severity);
      expect(i.message.length).toBeGreaterThan(10);
    }
    if (ISSUE_CODES[code as keyof typeof ISSUE_CODES] === 'error') expect(result.kb).toBeUndefined();
  });

  it('reports shape and reference problems of one run together', () => {
    const result = loadPack({
      'a.yaml': 'models:\n  - { id: m1, name: M1, colour: red }\nquestions:\n  - { id: q1, question: Why?, about: [m9] }\n',
    });
    expect(result.issues.map((i) => i.code).sort()).toEqual(['DANGLING_REF', 'UNKNOWN_KEY']);
  });

  it('suggests the key that was meant', () => {
    const [unknown] = loadPack({ 'a.yaml': 'models:\n  - { id: m1, name: M1, paramters: 3 }\n' }).issues;
    expect(unknown?.message).toContain('Did you mean `parameters`?');
  });

  it('suggests the id that was meant', () => {
    const result = loadPack({ 'a.yaml': 'models:\n  - { id: davinci, name: D }\nquestions:\n  - { id: q1, question: Why?, about: [davinchi] }\n' });
    expect(result.issues[0]?.message).toContain('Did you mean `davinci`?');
  });

  it('names both places of a duplicate id', () => {
    const result = loadPack({ 'a.yaml': 'models:\n  - { id: m1, name: A }\n', 'b.yaml': 'models:\n  - { id: m1, name: B }\n' });
    const dup = result.issues.find((i) => i.code === 'DUPLICATE_ID');
    expect(dup?.file).toMatch(/b\.yaml$/);
    expect(dup?.message).toMatch(/a\.yaml:2:/);
  });

  it('does not let __proto__ reach the prototype', () => {
    loadPack({ 'a.yaml': 'models:\n  - id: m1\n    name: M1\n    __proto__: { polluted: 1 }\n' });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});
