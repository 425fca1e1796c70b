/**
 * One small knowledge base per symptom of issue 9: each test fails on the walk as it was
 * (a confident answer the claims do not support) and holds one principle of
 * README "How answers are computed".
 */
import { Chalk } from 'chalk';
import { describe, expect, it } from 'vitest';
import { buildGraph } from '../../src/graph/build-graph.js';
import { capabilityMatrix } from '../../src/queries/matrix.js';
import { diffModels } from '../../src/queries/diff.js';
import { lineageOf } from '../../src/queries/lineage.js';
import { traceCapability } from '../../src/queries/trace.js';
import { renderText } from '../../src/render/text/index.js';
import { kb } from '../helpers/kb-builder.js';

const text = (r: Parameters<typeof renderText>[0]) => renderText(r, { chalk: new Chalk({ level: 0 }), columns: 200 });

/** davinci (claimed none) → coder (credited, hypothesis) and → instruct (weak, nothing explains it). */
const rivalOrigins = (coderConfidence: 'hypothesis' | 'speculative' = 'hypothesis') =>
  kb()
    .model('davinci')
    .model('coder')
    .model('instruct')
    .derivation('d-davinci', [], 'davinci', ['pretraining'])
    .derivation('d-coder', ['davinci'], 'coder', ['code-training'], { confidence: 'likely' })
    .derivation('d-instruct', ['davinci'], 'instruct', ['instruction-tuning', 'feedme'], { confidence: 'likely' })
    .exhibits('x-davinci', 'davinci', 'cot', 'none', { confidence: 'likely' })
    .exhibits('x-coder', 'coder', 'cot', 'present', { confidence: coderConfidence })
    .exhibits('x-instruct', 'instruct', 'cot', 'weak', { confidence: 'likely' })
    .origin('o-code', 'cot', { method: 'code-training', appliesTo: ['d-coder'], mechanism: 'by-product', confidence: 'hypothesis' });

describe('honest inference (issue 9)', () => {
  it('--min-confidence hides the credited origin and says so; it never promotes another (principle 7)', () => {
    const g = buildGraph(rivalOrigins().build());
    const all = traceCapability(g, { capability: 'cot' });
    expect(all.origins.map((o) => [o.derivation, o.unexplained, o.credits])).toEqual([
      ['d-coder', false, ['o-code']],
      ['d-instruct', true, []],
    ]);
    const floor = traceCapability(g, { capability: 'cot', minConfidence: 'likely' });
    // What is left was in the unfiltered answer already, and still says nothing explains it.
    expect(floor.origins).toEqual([all.origins[1]]);
    expect(floor.hiddenItems).toContainEqual({ kind: 'origin', id: 'd-coder', confidence: 'hypothesis' });
    const out = text(floor);
    expect(out).toContain('Hidden: the first appearance at d-coder is graded hypothesis, below your floor (likely).');
    expect(out).not.toMatch(/★ by instruction-tuning/);
  });

  it('a first appearance nothing explains is not credited to the methods on its step (principle 4)', () => {
    const out = text(traceCapability(buildGraph(rivalOrigins().build()), { capability: 'cot' }));
    expect(out).toContain('unexplained: no claim says why (methods on this step: instruction-tuning + feedme)');
    expect(out).not.toContain('by instruction-tuning + feedme');
  });

  it('a model with no claim and nothing to inherit is unknown, in the walk and in matrix --all (principle 1)', () => {
    const g = buildGraph(rivalOrigins().model('opt').derivation('d-opt', [], 'opt', ['pretraining']).build());
    const cell = capabilityMatrix(g, { all: true, capabilities: ['cot'] }).cells.find((c) => c.model === 'opt')!;
    expect(cell).toMatchObject({ level: 'unknown', basis: 'unknown', confidence: null, mark: null });
  });

  it('instruction tuning of a base whose level is unknown stays unknown, unless a claim about that step says otherwise (principles 1, 3)', () => {
    const base = () => kb().capability('cot', { name: 'Chain-of-thought' }).model('t5').model('flan-t5').derivation('d-t5', [], 't5', ['pretraining']).derivation('d-flan-t5', ['t5'], 'flan-t5', ['instruction-tuning']);
    const before = traceCapability(buildGraph(base().build()), { capability: 'cot', model: 'flan-t5' });
    expect(before.models.map((m) => [m.model, m.level])).toEqual([
      ['t5', 'unknown'],
      ['flan-t5', 'unknown'],
    ]);
    const g = buildGraph(base().origin('o-flan-cot', 'cot', { derivation: 'd-flan-t5', mechanism: 'unlocked', confidence: 'likely' }).build());
    expect(traceCapability(g, { capability: 'cot', model: 'flan-t5' }).models.at(-1)).toMatchObject({ level: 'present', basis: 'inferred', confidence: 'likely' });
  });

  it('a rise no claim explains is an unexplained change, in trace and in diff (principle 4)', () => {
    const g = buildGraph(
      kb()
        .model('a')
        .model('b')
        .derivation('d-a', [], 'a', ['pretraining'])
        .derivation('d-b', ['a'], 'b', ['code-training', 'instruction-tuning'], { confidence: 'likely' })
        .exhibits('x-a', 'a', 'icl', 'present')
        .exhibits('x-b', 'b', 'icl', 'strong', { confidence: 'likely' })
        .build(),
    );
    const r = traceCapability(g, { capability: 'icl', model: 'b' });
    expect(r.laterSteps).toMatchObject([{ derivation: 'd-b', change: 'raised', unexplained: true, claims: [] }]);
    expect(text(r)).toContain('unexplained (methods on this step: code-training + instruction-tuning)');
    expect(diffModels(g, { a: 'a', b: 'b' }).differences).toMatchObject([{ capability: 'icl', unexplained: true }]);
  });

  it('a merge is one step; competing derivations are alternatives (principle 5)', () => {
    const g = buildGraph(
      rivalOrigins()
        .model('merged')
        .derivation('d-merge', ['coder', 'instruct'], 'merged', ['code-training', 'instruction-tuning'], { basis: 'recipe', confidence: 'likely' })
        .derivation('d-alt', ['davinci'], 'merged', ['code-training'], { account: 'text', confidence: 'speculative' })
        .build(),
    );
    const r = traceCapability(g, { capability: 'cot', model: 'merged', allPaths: true });
    // Two lines: one per alternative, not one per input of the merge.
    expect(r.lines.map((l) => l.steps.map((s) => s.derivation))).toEqual([
      ['d-davinci', 'd-coder', 'd-merge'],
      ['d-davinci', 'd-alt'],
    ]);
    expect(r.lines[0]!.steps[2]).toMatchObject({ from: 'coder', inputs: ['coder', 'instruct'] });
    expect(r.competingDerivations.map((c) => [c.model, c.options.map((o) => o.derivation)])).toEqual([['merged', ['d-merge', 'd-alt']]]);
    // The recipe carries its best input's level under its own, weaker assumption.
    expect(r.models.find((m) => m.model === 'merged')).toMatchObject({ level: 'present', basis: 'inferred', assumption: 'recipe-keeps-abilities', confidence: 'hypothesis' });
    const rows = lineageOf(g, { model: 'merged', ancestors: true }).ancestors!;
    expect(rows.filter((x) => x.derivation === 'd-merge').map((x) => [x.model, x.merge, x.followed])).toEqual([
      ['coder', true, true],
      ['instruct', true, true],
    ]);
    expect(rows.find((x) => x.derivation === 'd-alt')).toMatchObject({ merge: false, followed: false });
  });

  it('a method claim is not credited where its evidence is not; it is only a generalisation there, speculative at most (principle 3)', () => {
    const g = buildGraph(rivalOrigins().model('codegen').derivation('d-codegen', [], 'codegen', ['pretraining', 'code-training']).exhibits('x-codegen', 'codegen', 'cot', 'present').build());
    const r = traceCapability(g, { capability: 'cot' });
    expect(r.origins.find((o) => o.derivation === 'd-codegen')).toMatchObject({ credits: [], unexplained: true });
    expect(r.generalisations).toEqual([{ claim: 'o-code', derivations: ['d-codegen'], confidence: 'speculative' }]);
  });

  it('a first appearance is never surer than the levels it rests on (principle 6)', () => {
    const g = buildGraph(rivalOrigins('speculative').build());
    const site = traceCapability(g, { capability: 'cot' }).origins.find((o) => o.derivation === 'd-coder')!;
    expect(site.confidence).toBe('speculative');
  });

  it('the summary counts the steps it lists, and a table mark shows up as a step (principle 8)', () => {
    const g = buildGraph(
      kb()
        .model('a')
        .model('b')
        .model('c')
        .derivation('d-a', [], 'a', ['pretraining'])
        .derivation('d-b', ['a'], 'b', ['rlhf'], { account: 'figure', confidence: 'likely' })
        .derivation('d-c', ['a'], 'c', ['rlhf'])
        .derivation('d-c-alt', ['b'], 'c', ['rlhf'], { account: 'text', confidence: 'speculative' })
        .exhibits('x-a', 'a', 'icl', 'weak')
        .exhibits('x-b', 'b', 'icl', 'weak', { notation: '−−' })
        .exhibits('x-c', 'c', 'icl', 'present')
        .effect('e-b', 'icl', 'lowers', { derivation: 'd-b' })
        .build(),
    );
    const r = traceCapability(g, { capability: 'icl' });
    expect(r.laterSteps.map((s) => [s.derivation, s.change, s.mark, s.followed])).toEqual([
      ['d-b', 'unchanged', '−−', true],
      ['d-c', 'raised', null, true],
      ['d-c-alt', 'raised', null, false],
    ]);
    const out = text(r);
    expect(out).toContain('Later steps raised it once (1 unexplained); 1 more step on alternative accounts.');
    expect(out).toMatch(/=\s+unchanged\s+→ b · weak → weak · \S+ \w+ · table: −−/);
  });
  it('the verdict grades the origin by its weakest link, not by the crediting claim alone (principle 6)', () => {
    const g = buildGraph(
      kb()
        .model('a')
        .model('b')
        .derivation('d-a', [], 'a', ['pretraining'])
        .derivation('d-b', ['a'], 'b', ['code-training'], { confidence: 'hypothesis' })
        .exhibits('x-a', 'a', 'cot', 'none')
        .exhibits('x-b', 'b', 'cot', 'present')
        .origin('o-code', 'cot', { derivation: 'd-b', mechanism: 'by-product', confidence: 'likely' })
        .build(),
    );
    const out = text(traceCapability(g, { capability: 'cot', model: 'b' }));
    expect(out).toMatch(/Most likely origin: .*, hypothesis \(the claim itself: likely\)/s);
    expect(out).not.toMatch(/Most likely origin: [^.]*, likely\./s);
  });
  it('over the whole tree, names the earliest explained first appearance beside the best supported one, with years', () => {
    const g = buildGraph(
      kb()
        .model('old', { released: '2020-05' })
        .model('new', { released: '2025-01' })
        .derivation('d-old', [], 'old', ['pretraining'], { confidence: 'likely' })
        .derivation('d-new', [], 'new', ['distillation'], { confidence: 'likely' })
        .exhibits('x-old', 'old', 'cot', 'present')
        .exhibits('x-new', 'new', 'cot', 'present')
        .origin('o-old', 'cot', { derivation: 'd-old', mechanism: 'by-product', confidence: 'hypothesis' })
        .origin('o-new', 'cot', { method: 'distillation', appliesTo: ['d-new'], mechanism: 'injected', confidence: 'likely' })
        .build(),
    );
    const r = traceCapability(g, { capability: 'cot' });
    expect(r.origins.map((s) => [s.derivation, s.since])).toEqual([['d-old', '2020-05-01'], ['d-new', '2025-01-01']]);
    const out = text(r);
    expect(out.replace(/\s+/g, ' ')).toContain(
      'It first appears on 2 steps, 0 unexplained; earliest explained: scratch → old (pretraining) in 2020, a by-product, hypothesis; best supported: scratch → new (distillation) in 2025, injected by distillation, likely. No later step changed it.',
    );
    // Along one model's line there is one origin to name.
    expect(text(traceCapability(g, { capability: 'cot', model: 'new' }))).toContain('Most likely origin: scratch → new (distillation), injected by distillation, likely.');
  });
});
