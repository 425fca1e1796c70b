import { mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readCache } from '../../src/kb/cache.js';
import { writeCache } from '../../src/kb/cache-write.js';
import { loadKnowledge } from '../../src/kb/load.js';

describe('pack cache', () => {
  const { kb } = loadKnowledge([{ path: join(import.meta.dirname, '..', 'fixtures', 'mini'), base: tmpdir() }]);

  it('writes, piece by piece, the same JSON document one stringify would, and reads it back', () => {
    const dir = mkdtempSync(join(tmpdir(), 'gptlineage-cache-'));
    writeCache(dir, 'k1', kb!);
    expect(readdirSync(dir)).toEqual(['kb-k1.json']); // no temp file left behind
    expect(JSON.parse(readFileSync(join(dir, 'kb-k1.json'), 'utf8'))).toEqual({ key: 'k1', kb });
    expect(readCache(dir, 'k1')).toEqual(kb);
    expect(readCache(dir, 'other')).toBeUndefined();
  });

  it('is skipped silently when the directory cannot be created', () => {
    expect(() => writeCache('/dev/null/not-a-dir', 'k', kb!)).not.toThrow();
  });
});
