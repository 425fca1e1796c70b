import { describe, expect, it } from 'vitest';
import { buildGraph } from '../../src/graph/build-graph.js';
import { capabilityMatrix } from '../../src/queries/matrix.js';
import { miniGpt } from './mini-gpt.js';

const graph = buildGraph(miniGpt());

describe('matrix', () => {
  it('with --all, lists every model in lineage order and the abilities with anything to show', () => {
    const r = capabilityMatrix(graph, { all: true });
    expect(r.rows.map((m) => m.id)).toEqual(['davinci', 'code-cushman-001', 'text-davinci-001', 'code-davinci-002', 'text-davinci-002', 'chatgpt', 'text-davinci-003']);
    expect(r.capabilities.map((c) => c.id)).toEqual(['in-context-learning', 'chain-of-thought', 'dialogue-history']);
    expect(r.rows.find((m) => m.id === 'code-davinci-002')).toMatchObject({ via: 'd-cd2', methods: ['code-training', 'instruction-tuning'] });
  });

  it('by default, lists only the models a summary table marks; limitations only when named', () => {
    const marked = capabilityMatrix(graph, {});
    expect(marked.rows.map((m) => m.id)).toEqual(['davinci', 'code-davinci-002', 'chatgpt']);
    const named = capabilityMatrix(graph, { capabilities: ['formal-reasoning'] });
    expect(named.capabilities.map((c) => c.id)).toEqual(['formal-reasoning']);
  });

  it('marks only the cells whose claim carries the summary table\'s mark; inferred cells are marked inferred (principle 9)', () => {
    const r = capabilityMatrix(graph, { models: ['davinci', 'text-davinci-002', 'chatgpt', 'text-davinci-003'], capabilities: ['in-context-learning'] });
    expect(r.cells.map((c) => [c.model, c.level, c.basis, c.mark])).toEqual([
      ['davinci', 'present', 'explicit', '+'],
      ['text-davinci-002', 'weak', 'inferred', null],
      ['chatgpt', 'weak', 'explicit', '−−'],
      ['text-davinci-003', 'present', 'inferred', null],
    ]);
    expect(r.assumptions.map((a) => a.id)).toEqual(['abilities-persist']);
  });

  it('takes the weakest link for inherited cells', () => {
    const r = capabilityMatrix(graph, { models: ['text-davinci-002'], capabilities: ['in-context-learning'] });
    expect(r.cells[0]).toMatchObject({ level: 'weak', confidence: 'hypothesis', via: 'd-td2' });
  });
});
