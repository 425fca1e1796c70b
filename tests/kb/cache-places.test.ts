/** Entity locations as a cache entry stores them: three numbers per entity, decoded on first read. */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { attachPlaces, placesOf } from '../../src/kb/cache-places.js';
import { readCache } from '../../src/kb/cache.js';
import { writeCache } from '../../src/kb/cache-write.js';
import { checkCachedKb, loadKnowledge } from '../../src/kb/load.js';
import type { Kb } from '../../src/kb/types.js';

const { kb } = loadKnowledge([{ path: join(import.meta.dirname, '..', 'fixtures', 'mini'), base: tmpdir() }]);
const sectionsOf = (k: Kb) => {
  const { locations: _, ...sections } = structuredClone(k);
  return sections;
};

describe('cache places', () => {
  it('round-trips every location, and names each file once', () => {
    const places = placesOf(kb!);
    expect([...places.files].sort()).toEqual([...new Set(Object.values(kb!.locations).map((l) => l.file))].sort());
    expect({ ...attachPlaces(sectionsOf(kb!), JSON.parse(JSON.stringify(places))).locations }).toEqual(kb!.locations);
  });

  it('leaves entities unlocated, never throws, when the places are damaged', () => {
    const places = placesOf(kb!);
    const damaged: unknown[] = [
      undefined,
      'places',
      { files: 'a.yaml', at: places.at },
      { files: places.files, at: null },
      { files: places.files, at: { ...places.at, models: places.at.models.map(() => 99) } },
      { files: places.files, at: { ...places.at, claims: places.at.claims.slice(0, 2) } },
    ];
    for (const p of damaged) {
      const located = Object.keys(attachPlaces(sectionsOf(kb!), p).locations).length;
      expect(located, JSON.stringify(p)?.slice(0, 60)).toBeLessThan(Object.keys(kb!.locations).length);
    }
  });

  it('an unsealed entry whose places are damaged fails the re-check and is rebuilt', () => {
    const dir = mkdtempSync(join(tmpdir(), 'gptlineage-places-'));
    writeCache(dir, 'k', kb!);
    expect(readCache(dir, 'k', { check: checkCachedKb })).toBeDefined();
    const path = join(dir, 'kb-k.json');
    const entry = JSON.parse(readFileSync(path, 'utf8'));
    entry.kb.places.at.models = [];
    writeFileSync(path, JSON.stringify(entry));
    expect(readCache(dir, 'k', { check: checkCachedKb })).toBeUndefined();
  });
});
