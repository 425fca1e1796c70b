import { describe, expect, it } from 'vitest';
import { buildGraph } from '../../src/graph/build-graph.js';
import { traceCapability } from '../../src/queries/trace.js';
import { kb } from '../helpers/kb-builder.js';
import { miniGpt, miniGptBuilder } from './mini-gpt.js';

const graph = buildGraph(miniGpt());

describe('trace', () => {
  it('finds where a capability first appears and the claims crediting it', () => {
    const r = traceCapability(graph, { capability: 'chain-of-thought' });
    expect(r.origins).toEqual([
      {
        derivation: 'd-cd2',
        credits: ['o-cot-code', 'o-cot-instr'],
        unexplained: false,
        models: ['code-davinci-002', 'text-davinci-002', 'chatgpt', 'text-davinci-003'],
        // The better-supported credit (hypothesis) beats the rival one (speculative); the edge is no stronger.
        confidence: 'hypothesis',
        since: null, // neither the step nor its model has a date here
      },
    ]);
    expect(r.models.map((m) => [m.model, m.level, m.basis])).toEqual([
      ['code-davinci-002', 'strong', 'explicit'],
      ['text-davinci-002', 'present', 'inferred'],
      ['chatgpt', 'present', 'inferred'],
      ['text-davinci-003', 'present', 'inferred'],
    ]);
    expect(r.lines.map((l) => l.target)).toEqual(['chatgpt', 'text-davinci-003']);
    expect(r.meetsAt).toBe('text-davinci-002');
  });

  it('reports later steps, including a competing account, labelled and not followed', () => {
    const r = traceCapability(graph, { capability: 'chain-of-thought' });
    // d-cd2 carries the table's ++ though its inputs' levels are unknown: the mark makes it a step.
    expect(r.laterSteps.map((s) => [s.derivation, s.change, s.followed, s.claims])).toEqual([
      ['d-cd2', 'unknown', true, ['o-cot-code', 'o-cot-instr']],
      ['d-td2', 'weakened', true, ['e-tax-cot']],
      ['d-chatgpt-text', 'weakened', false, []],
    ]);
    expect(r.competingDerivations).toEqual([
      {
        model: 'chatgpt',
        options: [
          { derivation: 'd-chatgpt', account: 'figure', confidence: 'likely', level: 'present', followed: true },
          { derivation: 'd-chatgpt-text', account: 'text', confidence: 'speculative', level: 'strong', followed: false },
        ],
      },
    ]);
    expect(r.questions.map((q) => q.id)).toEqual(['q-cd2-base', 'q-cot-origin']);
  });

  it('follows one model with --model, along the chain inference used', () => {
    const r = traceCapability(graph, { capability: 'in-context-learning', model: 'text-davinci-003' });
    expect(r.lines).toHaveLength(1);
    expect(r.lines[0]!.steps.map((s) => [s.derivation, s.change])).toEqual([
      ['d-davinci', 'appears'],
      ['d-cushman', 'unchanged'],
      ['d-cd2', 'unchanged'],
      ['d-td2', 'weakened'],
      ['d-td3', 'restored'],
    ]);
    expect(r.origins.map((o) => o.derivation)).toEqual(['d-davinci']);
    expect(r.laterSteps.map((s) => [s.derivation, s.change])).toEqual([
      ['d-td2', 'weakened'],
      ['d-td3', 'restored'],
    ]);
  });

  it('lists every path with --all-paths', () => {
    const r = traceCapability(graph, { capability: 'in-context-learning', model: 'chatgpt', allPaths: true });
    // The merge d-cd2 is one step (through the input its level is carried from), so only chatgpt's two accounts make lines.
    expect(r.lines.map((l) => l.steps.map((s) => s.to).join('>'))).toEqual([
      'davinci>code-cushman-001>code-davinci-002>text-davinci-002>chatgpt',
      'davinci>code-cushman-001>code-davinci-002>chatgpt',
    ]);
    expect(r.lines[0]!.steps[2]).toMatchObject({ derivation: 'd-cd2', from: 'code-cushman-001', inputs: ['code-cushman-001', 'text-davinci-001'] });
    expect(r.truncated).toBe(false);
  });

  it('shows a capability lost and then restored', () => {
    const g = buildGraph(
      miniGptBuilder()
        .effect('e-lose', 'dialogue-history', 'lowers', { derivation: 'd-td2', level: 'none' })
        .exhibits('x-cd2-dialogue', 'code-davinci-002', 'dialogue-history', 'weak')
        .build(),
    );
    const r = traceCapability(g, { capability: 'dialogue-history', model: 'chatgpt' });
    expect(r.lines[0]!.steps.slice(-2).map((s) => [s.to, s.before, s.after, s.change])).toEqual([
      ['text-davinci-002', 'weak', 'none', 'lost'],
      ['chatgpt', 'none', 'strong', 'restored'],
    ]);
  });

  it('hides claims and models weaker than --min-confidence, and counts them', () => {
    const r = traceCapability(graph, { capability: 'chain-of-thought', minConfidence: 'likely' });
    // The first appearance rests on hypotheses, so it is hidden with them.
    expect(r.origins).toEqual([]);
    expect(r.models.map((m) => m.model)).toEqual(['code-davinci-002', 'text-davinci-002', 'chatgpt', 'text-davinci-003']);
    expect(r.hidden).toBeGreaterThan(0);
    const strict = traceCapability(graph, { capability: 'chain-of-thought', minConfidence: 'established' });
    expect(strict.models).toEqual([]);
  });

  it('answers with nothing when no model has the capability', () => {
    const g = buildGraph(kb().model('a').derivation('d', [], 'a', ['p']).capability('x').build());
    const r = traceCapability(g, { capability: 'x' });
    expect(r.models).toEqual([]);
    expect(r.origins).toEqual([]);
  });
});
