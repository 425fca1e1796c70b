import { chmodSync, mkdtempSync, readFileSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readCache } from '../../src/kb/cache.js';
import { writeCache } from '../../src/kb/cache-write.js';
import { placesOf } from '../../src/kb/cache-places.js';
import { cacheSecret } from '../../src/kb/cache-seal.js';
import type { Kb } from '../../src/kb/types.js';
import { loadKnowledge } from '../../src/kb/load.js';

describe('pack cache', () => {
  const { kb } = loadKnowledge([{ path: join(import.meta.dirname, '..', 'fixtures', 'mini'), base: tmpdir() }]);

  it('writes, piece by piece, the JSON document of the knowledge and its places, and reads it back', () => {
    const dir = mkdtempSync(join(tmpdir(), 'gptlineage-cache-'));
    writeCache(dir, 'k1', kb!);
    expect(readdirSync(dir)).toEqual(['kb-k1.json']); // no temp file left behind
    const { locations, ...sections } = kb!;
    expect(JSON.parse(readFileSync(join(dir, 'kb-k1.json'), 'utf8'))).toEqual({ key: 'k1', kb: { ...sections, places: placesOf(kb!) } });
    const back = readCache(dir, 'k1')!;
    expect(back).toEqual(kb);
    expect({ ...back.locations }).toEqual(locations);
    expect(readCache(dir, 'other')).toBeUndefined();
  });

  it('is skipped silently when the directory cannot be created', () => {
    expect(() => writeCache('/dev/null/not-a-dir', 'k', kb!)).not.toThrow();
  });

  describe('seals', () => {
    const fresh = () => mkdtempSync(join(tmpdir(), 'gptlineage-seal-'));
    /** readCache with a check that counts its calls. */
    const readCounting = (dir: string, key: string, secret: Buffer | undefined) => {
      let checks = 0;
      const got = readCache(dir, key, { secret, check: (k: Kb) => (checks++, k) });
      return { got, checks };
    };

    it("uses an entry sealed with this user's secret without checking it again", () => {
      const dir = fresh();
      const secret = cacheSecret(dir)!;
      expect(secret).toHaveLength(32);
      writeCache(dir, 'k1', kb!, secret);
      expect(readdirSync(dir).sort()).toEqual(['kb-k1.json', 'kb-k1.json.seal', 'seal.key']);
      expect(readCounting(dir, 'k1', secret)).toEqual({ got: kb, checks: 0 });
      expect(cacheSecret(dir)).toEqual(secret); // read back, not made again
    });

    it('checks an entry whose bytes, seal or secret do not match', () => {
      const dir = fresh();
      const secret = cacheSecret(dir)!;
      writeCache(dir, 'k1', kb!, secret);
      expect(readCounting(dir, 'k1', Buffer.alloc(32, 7)).checks).toBe(1); // another secret
      const entry = join(dir, 'kb-k1.json');
      writeFileSync(entry, readFileSync(entry, 'utf8').replace('"kb":{', '"kb":{ '));
      expect(readCounting(dir, 'k1', secret)).toEqual({ got: kb, checks: 1 }); // edited: checked, still valid
      rmSync(`${entry}.seal`);
      expect(readCounting(dir, 'k1', secret).checks).toBe(1); // no seal
    });

    it('trusts no secret that others could read or that is a link', () => {
      const open = fresh();
      expect(cacheSecret(open)).toBeDefined();
      chmodSync(join(open, 'seal.key'), 0o644);
      expect(cacheSecret(open)).toBeUndefined();
      const linked = fresh();
      writeFileSync(join(linked, 'elsewhere'), Buffer.alloc(32));
      chmodSync(join(linked, 'elsewhere'), 0o600);
      symlinkSync(join(linked, 'elsewhere'), join(linked, 'seal.key'));
      expect(cacheSecret(linked)).toBeUndefined();
    });
  });
});
