/**
 * Inference within a scope steps over quiet stretches of single-parent models: long chains with
 * claims, forks and merges get exactly the conclusions of the full walk, without recursing.
 */
import { describe, expect, it } from 'vitest';
import { ancestorsOf } from '../../src/graph/ancestry.js';
import { buildGraph } from '../../src/graph/build-graph.js';
import { scopeOf } from '../../src/graph/claim-reach.js';
import { createInference } from '../../src/graph/infer-levels.js';
import type { Confidence } from '../../src/kb/scales.js';
import { kb } from '../helpers/kb-builder.js';

const GRADES: Confidence[] = ['established', 'likely', 'hypothesis', 'speculative'];

/** A chain of `n` models with a fork every 7th, a merge every 11th, a claim every `every`-th. */
function chain(n: number, every: number) {
  const b = kb().model('m0').derivation('d0', [], 'm0', ['pre']).exhibits('x0', 'm0', 'icl', 'strong');
  for (let i = 1; i < n; i++) {
    const parents = i % 11 === 0 && i > 3 ? [`m${i - 1}`, `m${i - 3}`] : [`m${i % 7 === 0 ? i - 2 : i - 1}`];
    b.model(`m${i}`).derivation(`d${i}`, parents, `m${i}`, [i % 5 === 0 ? 'rlhf' : 'tune'], { confidence: GRADES[i % GRADES.length]! });
    if (i % every === 0) b.exhibits(`x${i}`, `m${i}`, 'icl', i % 2 === 0 ? 'weak' : 'present', { confidence: GRADES[(i >> 1) % GRADES.length]! });
    if (i % (every * 3) === 1) b.effect(`e${i}`, 'icl', i % 2 === 0 ? 'lowers' : 'raises', { derivation: `d${i}` });
  }
  return buildGraph(b.build());
}

describe('inference within a scope', () => {
  it.each([
    ['claims now and then', 400, 37],
    ['a claim at every model', 400, 1],
  ])('concludes what the full walk does on a chain with forks and merges (%s)', (_, n, every) => {
    const g = chain(n, every);
    const last = `m${n - 1}`;
    const up = [...ancestorsOf(g, last).keys(), ...ancestorsOf(g, `m${n - 5}`).keys()];
    const scoped = createInference(g, scopeOf(g, up));
    const full = createInference(g);
    expect(scopeOf(g, up).runs).toBeDefined();
    for (const m of new Set(up)) expect(scoped.conclude(m, 'icl'), m).toEqual(full.conclude(m, 'icl'));
  });

  it('concludes the foot of a 100k-model chain with a claim at every model without recursing', () => {
    const b = kb().model('m0').derivation('d0', [], 'm0', ['p']).exhibits('x0', 'm0', 'icl', 'strong');
    for (let i = 1; i < 100_000; i++) b.model(`m${i}`).derivation(`d${i}`, [`m${i - 1}`], `m${i}`, ['t']).exhibits(`x${i}`, `m${i}`, 'icl', 'strong');
    const g = buildGraph(b.build());
    const scope = scopeOf(g, ancestorsOf(g, 'm99999').keys());
    expect(createInference(g, scope).conclude('m99999', 'icl')).toMatchObject({ level: 'strong', basis: 'explicit', appearsAt: 'd0' });
  });
});
