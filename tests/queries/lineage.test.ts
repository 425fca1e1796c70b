import { describe, expect, it } from 'vitest';
import { buildGraph } from '../../src/graph/build-graph.js';
import { lineageOf } from '../../src/queries/lineage.js';
import { evolutionTree } from '../../src/queries/tree.js';
import { kb } from '../helpers/kb-builder.js';
import { miniGpt } from './mini-gpt.js';

const graph = buildGraph(miniGpt());
const rows = (list: { model: string; depth: number; repeat: boolean }[] | null) => list?.map((r) => `${'.'.repeat(r.depth)}${r.model}${r.repeat ? '*' : ''}`);

describe('lineage and tree', () => {
  it('draws ancestors and descendants, main account first, marking a model met twice', () => {
    const r = lineageOf(graph, { model: 'code-davinci-002' });
    expect(rows(r.ancestors)).toEqual(['code-davinci-002', '.code-cushman-001', '..davinci', '.text-davinci-001', '..davinci*']);
    expect(rows(r.descendants)).toEqual(['code-davinci-002', '.text-davinci-002', '..chatgpt', '..text-davinci-003', '.chatgpt*']);
  });

  it('limits depth and direction', () => {
    const r = lineageOf(graph, { model: 'davinci', descendants: true, depth: 1 });
    expect(r.ancestors).toBeNull();
    expect(rows(r.descendants)).toEqual(['davinci', '.code-cushman-001', '.text-davinci-001']);
  });

  it('draws the whole tree from its roots', () => {
    const r = evolutionTree(graph);
    expect(r.roots).toEqual(['davinci']);
    expect(rows(r.rows)).toEqual([
      'davinci',
      '.code-cushman-001',
      '..code-davinci-002',
      '...text-davinci-002',
      '....chatgpt',
      '....text-davinci-003',
      '...chatgpt*',
      '.text-davinci-001',
      '..code-davinci-002*',
    ]);
  });

  it('ends cleanly on a cycle and keeps deep chains off the JS stack', () => {
    const cyc = buildGraph(kb().model('a').model('b').derivation('ab', ['a'], 'b', ['m']).derivation('ba', ['b'], 'a', ['m']).build());
    expect(rows(evolutionTree(cyc).rows)).toEqual(['a', '.b', '..a*']);
    const b = kb().model('m0');
    for (let i = 1; i < 20_000; i++) b.model(`m${i}`).derivation(`d${i}`, [`m${i - 1}`], `m${i}`, ['t']);
    expect(lineageOf(buildGraph(b.build()), { model: 'm19999', ancestors: true }).ancestors).toHaveLength(20_000);
  });
});
