import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadKnowledge } from '../../src/kb/load.js';

const fixtures = join(import.meta.dirname, '..', 'fixtures');
const load = (...dirs: string[]) => loadKnowledge(dirs.map((d) => ({ path: join(fixtures, d), base: fixtures })));

describe('loader', () => {
  it('loads a small pack clean, with every entity and its position', () => {
    const { kb, issues, files } = load('mini');
    expect(issues).toEqual([]);
    expect(files.map((f) => f.display)).toEqual(['mini/claims.yaml', 'mini/lineage.yaml']);
    expect(kb?.models.map((m) => m.id)).toEqual(['base', 'tuned']);
    expect(kb?.claims.map((c) => c.kind)).toEqual(['exhibits', 'effect']);
    expect(kb?.locations.tuned).toEqual({ file: 'mini/lineage.yaml', line: 21, column: 5 });
  });

  it('keeps dates at their precision and quantities with their unit', () => {
    const tuned = load('mini').kb!.models.find((m) => m.id === 'tuned');
    expect(tuned?.released).toEqual({ from: '2022-04', to: '2022-07' });
    expect(load('mini').kb!.models[0]!.parameters).toEqual({ value: 175e9, unit: 'parameters' });
  });

  it('lets an overlay pack refer to ids of the packs before it', () => {
    const { kb, issues } = load('mini', 'overlay');
    expect(issues.filter((i) => i.severity === 'error')).toEqual([]);
    expect(kb?.derivations.find((d) => d.id === 'd-chatty')?.from).toEqual(['tuned']);
  });

  it('rejects the overlay alone, naming the ids it cannot resolve', () => {
    const { kb, issues } = load('overlay');
    expect(kb).toBeUndefined();
    expect(issues.filter((i) => i.code === 'DANGLING_REF').map((i) => i.message.match(/`([^`]+)`\.?( Did|$)/)?.[1])).toEqual([
      'tuned',
      'instruction-tuning',
      'paper-b',
    ]);
  });

  it('reports a missing pack path instead of throwing', () => {
    const { issues } = load('does-not-exist');
    expect(issues.map((i) => i.code)).toEqual(['FILE_NOT_FOUND']);
  });
});
