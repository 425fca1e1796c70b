import { describe, expect, it } from 'vitest';
import { buildGraph } from '../../src/graph/build-graph.js';
import { diffModels } from '../../src/queries/diff.js';
import { kb } from '../helpers/kb-builder.js';
import { miniGpt } from './mini-gpt.js';

const graph = buildGraph(miniGpt());

describe('diff', () => {
  it('shows the alignment tax with the claims on the path that explain it', () => {
    const r = diffModels(graph, { a: 'code-davinci-002', b: 'text-davinci-002' });
    expect(r.meetsAt).toEqual(['code-davinci-002']);
    expect(r.sides).toEqual({ a: [], b: ['d-td2'] });
    expect(r.differences.map((d) => [d.capability, d.a.level, d.b.level, d.explainedBy.b, d.unexplained])).toEqual([
      ['chain-of-thought', 'strong', 'present', ['e-tax-cot'], false],
      ['in-context-learning', 'present', 'weak', ['e-tax-icl'], false],
    ]);
    expect(r.claims.map((c) => c.id)).toEqual(['e-tax-cot', 'e-tax-icl', 'x-cd2-cot']);
  });

  it('walks both competing derivations on a side and flags a difference nothing explains', () => {
    const r = diffModels(graph, { a: 'text-davinci-003', b: 'chatgpt' });
    expect(r.meetsAt).toEqual(['text-davinci-002']);
    expect(r.sides).toEqual({ a: ['d-td3'], b: ['d-chatgpt', 'd-chatgpt-text'] });
    // Nothing is known of text-davinci-003's formal reasoning: a gap in the knowledge, not an unexplained change.
    const formal = r.differences.find((d) => d.capability === 'formal-reasoning')!;
    expect(formal).toMatchObject({ a: { level: 'unknown', basis: 'unknown' }, unexplained: false, explainedBy: { a: [], b: [] } });
    const dialogue = r.differences.find((d) => d.capability === 'dialogue-history')!;
    expect(dialogue.explainedBy.b).toEqual(['o-dialogue']);
  });

  it('meets nowhere when the lineages are unrelated', () => {
    const g = buildGraph(kb().model('a').model('b').exhibits('x', 'a', 'icl', 'strong').build());
    const r = diffModels(g, { a: 'a', b: 'b' });
    expect(r.meetsAt).toEqual([]);
    expect(r.differences).toMatchObject([{ capability: 'icl', b: { level: 'unknown' }, unexplained: false }]);
  });

  it('flags a change between two known levels that no claim on either side explains (principle 4)', () => {
    const g = buildGraph(
      kb()
        .model('root')
        .model('a')
        .model('b')
        .derivation('d-root', [], 'root', ['pretraining'])
        .derivation('d-a', ['root'], 'a', ['rlhf'], { confidence: 'likely' })
        .derivation('d-b', ['root'], 'b', ['code-training'])
        .exhibits('x-a', 'a', 'icl', 'weak', { confidence: 'likely' })
        .exhibits('x-b', 'b', 'icl', 'strong')
        .build(),
    );
    const r = diffModels(g, { a: 'a', b: 'b' });
    // The row is as sure as the weaker of its two cells.
    expect(r.differences).toMatchObject([{ capability: 'icl', unexplained: true, explainedBy: { a: [], b: [] }, confidence: 'likely' }]);
  });

  it('hides differences weaker than --min-confidence', () => {
    const r = diffModels(graph, { a: 'text-davinci-003', b: 'chatgpt', minConfidence: 'established' });
    expect(r.hidden).toBeGreaterThan(0);
    expect(r.differences.every((d) => d.a.confidence === 'established' || d.b.confidence === 'established')).toBe(true);
  });
});
