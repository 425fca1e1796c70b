/**
 * The loader is total on YAML-like text: whatever a knowledge file holds, validation answers
 * with issues or a knowledge base and never throws (a throw is exit 70, "internal error"). Random
 * text from the pieces YAML is made of, inside the contexts a knowledge file has; a bad anchor
 * name inside a collection key once made the yaml package throw here. LOADER_RUNS=200000 for a
 * longer search (clean at 200,000).
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, expect, it } from 'vitest';
import { loadKnowledge } from '../../src/kb/load.js';

const dir = mkdtempSync(join(tmpdir(), 'gptlineage-total-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const PIECES = ['a', 'id', ': ', '- ', '\n', '  ', '"', "'", '[', ']', '{', '}', ', ', '#', '|', '>', '\\', '\\x41', '1', '? ', '!', '!!str ', '&a ', '*a', '&\ufeff', '---', '\r\n', '\t', '~', 'null', '__proto__', 'models', 'claims', 'm1', 'name', '%YAML 1.2\n', '<<'];
const CONTEXTS = ['', 'models:\n  - ', 'models:\n  - id: m1\n    name: ', 'claims:\n  - '];

it('answers every YAML-like file with located issues or knowledge, never by throwing', () => {
  const file = join(dir, 'k.yaml');
  fc.assert(
    fc.property(fc.constantFrom(...CONTEXTS), fc.array(fc.constantFrom(...PIECES), { maxLength: 30 }), (context, pieces) => {
      writeFileSync(file, context + pieces.join(''));
      const result = loadKnowledge([{ path: file, base: dir }]);
      // Every issue says where and what; knowledge comes back exactly when nothing is an error.
      for (const i of result.issues) {
        expect(i.file).toBe('k.yaml');
        expect(i.message.length).toBeGreaterThan(10);
      }
      expect(result.kb === undefined).toBe(result.issues.some((i) => i.severity === 'error'));
    }),
    { numRuns: Number(process.env.LOADER_RUNS ?? 2000) },
  );
});
