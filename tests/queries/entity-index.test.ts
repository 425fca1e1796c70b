/** The graph's entities by id answer exactly what one map of every entity, in section order, would. */
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildGraph } from '../../src/graph/build-graph.js';
import type { Entity } from '../../src/graph/types.js';
import { loadKnowledge } from '../../src/kb/load.js';
import { KIND_OF_SECTION, SECTIONS } from '../../src/kb/types.js';

describe('entity index', () => {
  const { kb } = loadKnowledge([{ path: join(import.meta.dirname, '..', '..', 'knowledge'), base: tmpdir() }]);
  const graph = buildGraph(kb!);
  const expected = new Map<string, Entity>(SECTIONS.flatMap((s) => kb![s].map((value) => [value.id, { kind: KIND_OF_SECTION[s], value } as Entity])));

  it('finds every entity of every kind, and nothing else', () => {
    expect(new Set([...expected.values()].map((e) => e.kind)).size).toBeGreaterThanOrEqual(8);
    for (const [id, entity] of expected) {
      expect(graph.byId.get(id), id).toEqual(entity);
      expect(graph.byId.get(id)!.value).toBe(entity.value);
    }
    for (const missing of ['', 'cot ', 'no-such-id', '__proto__', 'constructor']) {
      expect(graph.byId.get(missing)).toBeUndefined();
      expect(graph.byId.has(missing)).toBe(false);
    }
  });

  it('lists them in section order, and counts them', () => {
    expect([...graph.byId.keys()]).toEqual([...expected.keys()]);
    expect([...graph.byId.values()]).toEqual([...expected.values()]);
    expect([...graph.byId]).toEqual([...expected]);
    expect(graph.byId.size).toBe(expected.size);
  });
});
