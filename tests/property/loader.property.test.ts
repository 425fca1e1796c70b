/**
 * Properties of the loader over generated knowledge: valid bases validate with no issue at all
 * and load every entity; mutated ones (a field dropped or retyped, an id renamed, a byte of YAML
 * changed) never throw, report only known issue codes with sane positions, and report an error
 * exactly where one must exist. Fixed seed; bounded runs in CI (CI=1), more locally, FC_RUNS to override.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ISSUE_CODES, type KbIssue } from '../../src/kb/issues.js';
import type { LoadResult } from '../../src/kb/load.js';
import { SECTIONS } from '../../src/kb/types.js';
import { numRuns, SEED, validKb } from './arbitraries.js';
import { isReferenced, mutateFiles, mutateText, mutation, typeOf } from './mutations.js';
import { loadTexts, toYaml } from './pack-files.js';

/** Fields whose absence is still valid knowledge (optional, and nothing else depends on them). */
const OPTIONAL = new Set(['aliases', 'released', 'sources', 'account', 'from', 'appliesTo']);
/** A method claim's `model` only narrows where it applies; an exhibits claim's is required. */
const optionalIn = (entity: Record<string, unknown>, field: string) => OPTIONAL.has(field) || (field === 'model' && 'method' in entity);

/** Invariants of every load, valid or not: it returned, and every issue is well-formed and positioned in a real file. */
function expectWellFormed(result: LoadResult, texts: Record<string, string>): void {
  const errors = result.issues.filter((i) => i.severity === 'error');
  expect(result.kb === undefined).toBe(errors.length > 0);
  for (const i of result.issues) expectIssue(i, texts);
}

function expectIssue(i: KbIssue, texts: Record<string, string>): void {
  expect(Object.keys(ISSUE_CODES)).toContain(i.code);
  expect(i.severity).toBe(ISSUE_CODES[i.code]);
  expect(Object.keys(texts)).toContain(i.file);
  expect(typeof i.message === 'string' && i.message.length > 0).toBe(true);
  if (i.line !== undefined) {
    const lines = texts[i.file]!.split(/\r\n|\r|\n/).length;
    expect(Number.isInteger(i.line) && i.line >= 1 && i.line <= lines + 1, `line ${i.line} of ${lines}`).toBe(true);
    expect(Number.isInteger(i.column) && i.column! >= 1).toBe(true);
  }
}

describe('loader properties (fast-check)', () => {
  it('a generated valid knowledge base validates with no issue and loads every entity', () => {
    fc.assert(
      fc.property(validKb, (spec) => {
        const texts = toYaml(spec.files);
        const result = loadTexts(texts);
        expect(result.issues).toEqual([]);
        for (const section of SECTIONS) expect(result.kb![section].map((e) => e.id).sort()).toEqual(spec.sections[section].map((e) => e.id).sort());
      }),
      { seed: SEED, numRuns: numRuns(60, 400) },
    );
  });

  it('a mutated knowledge base never throws, reports only known codes, and errs where it must', () => {
    fc.assert(
      fc.property(validKb, mutation, (spec, m) => {
        if (m.type === 'text') {
          const texts = mutateText(toYaml(spec.files), m);
          expectWellFormed(loadTexts(texts), texts);
          return;
        }
        const { files, target, field, before } = mutateFiles(spec.files, m);
        const texts = toYaml(files);
        const result = loadTexts(texts);
        expectWellFormed(result, texts);
        const codes = result.issues.filter((i) => i.severity === 'error').map((i) => i.code);
        if (m.type === 'drop' && !optionalIn(target.entity, field!)) expect(codes.length, `dropping ${field}`).toBeGreaterThan(0);
        if (m.type === 'retype' && typeOf(m.value) !== typeOf(before)) expect(codes.length, `${field}: ${typeOf(before)} → ${JSON.stringify(m.value)}`).toBeGreaterThan(0);
        if (m.type === 'rename') expectRename(codes, target.entity.id, isReferenced(spec.files, before as string));
      }),
      { seed: SEED, numRuns: numRuns(150, 1500) },
    );
  });
});

/** A renamed id: a bad format is INVALID_FORMAT, a taken one DUPLICATE_ID, and whatever referred to the old id dangles. */
function expectRename(codes: string[], newId: string, wasReferenced: boolean): void {
  if (!/^[a-z0-9]+(?:[.-][a-z0-9]+)*$/.test(newId)) expect(codes).toContain('INVALID_FORMAT');
  else if (newId !== 'renamed-entity') expect(codes).toContain('DUPLICATE_ID');
  if (wasReferenced) expect(codes).toContain('DANGLING_REF');
  if (newId === 'renamed-entity' && !wasReferenced) expect(codes).toEqual([]);
}
