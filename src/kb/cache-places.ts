/**
 * Where each entity was defined, as a cache entry stores it: the file names once, then three
 * numbers per entity (file, line, column) in section order. At 100k models the `{id: {file,
 * line, column}}` table was 39 MB of the 184 MB entry and 418k objects on every run, though only
 * `show` and the re-check of an unsealed entry read it; it is now decoded on first read.
 */
import { defineLazy } from './lazy.js';
import { SECTIONS, type Kb, type Location, type Section } from './types.js';

export interface Places {
  files: string[];
  at: Record<Section, number[]>;
}

/** The places of every entity of `kb`, for writing. */
export function placesOf(kb: Kb): Places {
  const files: string[] = [];
  const fileNo = new Map<string, number>();
  const at = {} as Record<Section, number[]>;
  for (const section of SECTIONS) {
    const list: number[] = (at[section] = []);
    for (const entity of kb[section]) {
      const where = kb.locations[entity.id];
      if (!where) {
        list.push(-1, 0, 0);
        continue;
      }
      let n = fileNo.get(where.file);
      if (n === undefined) fileNo.set(where.file, (n = files.push(where.file) - 1));
      list.push(n, where.line, where.column);
    }
  }
  return { files, at };
}

/**
 * Give `kb` (read back without `locations`) a `locations` decoded from `places` on first read.
 * Damaged places leave entities unlocated, which the re-check of an unsealed entry refuses.
 */
export function attachPlaces(kb: Omit<Kb, 'locations'> & { locations?: unknown }, places: unknown): Kb {
  defineLazy(kb as Kb, 'locations', () => decode(kb as Kb, places));
  return kb as Kb;
}

function decode(kb: Kb, places: unknown): Record<string, Location> {
  const locations: Record<string, Location> = Object.create(null);
  const { files, at } = (places ?? {}) as Partial<Places>;
  if (!Array.isArray(files) || typeof at !== 'object' || at === null) return locations;
  for (const section of SECTIONS) {
    const list = (at as Partial<Places['at']>)[section];
    if (!Array.isArray(list)) continue;
    kb[section].forEach((entity: { id?: unknown }, i) => {
      const [file, line, column] = [files[list[3 * i] ?? -1], list[3 * i + 1], list[3 * i + 2]];
      if (typeof entity?.id === 'string' && typeof file === 'string' && Number.isInteger(line) && Number.isInteger(column))
        locations[entity.id] = { file, line: line!, column: column! };
    });
  }
  return locations;
}
