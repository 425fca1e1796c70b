/** A cache entry has one entity per line and is read back a chunk of lines at a time, or whole when its layout is not the writer's. */
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseEntryLines } from '../../src/kb/cache-lines.js';
import { writeCache } from '../../src/kb/cache-write.js';
import { loadKnowledge } from '../../src/kb/load.js';
import { emptyKb, type Kb } from '../../src/kb/types.js';

const written = (kb: Kb) => {
  const dir = mkdtempSync(join(tmpdir(), 'gptlineage-lines-'));
  writeCache(dir, 'k', kb);
  return readFileSync(join(dir, 'kb-k.json'));
};

const { kb: mini } = loadKnowledge([{ path: join(import.meta.dirname, '..', 'fixtures', 'mini'), base: tmpdir() }]);

/** Several megabytes of models, with text that looks like the layout's own lines. */
function bigKb(): Kb {
  const kb = emptyKb();
  for (let i = 0; i < 30_000; i++) kb.models.push({ id: `m-${i}`, name: `"models":[\n],\n}}`, description: `x,${'é'.repeat(i % 50)}],` } as Kb['models'][number]);
  return kb;
}

describe('cache entry lines', () => {
  it.each([
    ['a small knowledge base', () => mini!],
    ['several megabytes of one section', bigKb],
    ['nothing', emptyKb],
  ])('read in pieces equals the whole-document parse (%s)', (_, make) => {
    const bytes = written(make());
    expect(bytes.length > 2 << 20 || make !== bigKb).toBe(true); // the big one spans several chunks
    expect(parseEntryLines(bytes)).toEqual(JSON.parse(bytes.toString('utf8')));
  });

  it('leaves any other layout to the whole parse, without throwing', () => {
    const text = written(mini!).toString('utf8');
    const lines = text.split('\n');
    const variants = [
      JSON.stringify(JSON.parse(text)), // one line
      lines.filter((l) => l !== '"models":[').join('\n'), // a section's opening missing
      lines.filter((l, i) => !(l === '],' && i === lines.lastIndexOf('],'))).join('\n'), // the last section never closes
      `${text}{}`, // something after the end
      text.replace('"places":', '"plazes":'),
      text.replace(/\n\{"id"/, '\n{"id"]'), // a piece that is not JSON
      '',
    ];
    for (const v of variants) expect(parseEntryLines(Buffer.from(v)), v.slice(0, 40)).toBeUndefined();
  });
});
