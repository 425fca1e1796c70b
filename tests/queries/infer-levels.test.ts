import { describe, expect, it } from 'vitest';
import { buildGraph } from '../../src/graph/build-graph.js';
import { createInference } from '../../src/graph/infer-levels.js';
import { kb } from '../helpers/kb-builder.js';

const base = () =>
  kb()
    .model('root')
    .model('mid')
    .model('leaf')
    .derivation('d-root', [], 'root', ['pretraining'])
    .derivation('d-mid', ['root'], 'mid', ['code-training'], { confidence: 'hypothesis' })
    .derivation('d-leaf', ['mid'], 'leaf', ['instruction-tuning'], { confidence: 'likely' });

describe('inference', () => {
  it('explicit beats inherited', () => {
    const g = buildGraph(base().exhibits('x-root', 'root', 'icl', 'strong').exhibits('x-leaf', 'leaf', 'icl', 'weak', { confidence: 'likely' }).build());
    const inf = createInference(g);
    expect(inf.conclude('mid', 'icl')).toMatchObject({ level: 'strong', basis: 'inferred', assumption: 'abilities-persist', via: 'd-mid', appearsAt: 'd-root' });
    expect(inf.conclude('leaf', 'icl')).toMatchObject({ level: 'weak', basis: 'explicit', claim: 'x-leaf', confidence: 'likely' });
  });

  it('takes the weakest link along the chain', () => {
    const g = buildGraph(base().exhibits('x-root', 'root', 'icl', 'strong').build());
    const c = createInference(g).conclude('leaf', 'icl');
    expect(c).toMatchObject({ level: 'strong', basis: 'inferred', confidence: 'hypothesis' });
  });

  it('never grades a level carried along established edges above the cap of its assumption (principle 2)', () => {
    const built = base().exhibits('x-root', 'root', 'icl', 'strong').build();
    const g2 = buildGraph({ ...built, derivations: built.derivations.map((d) => ({ ...d, confidence: 'established' as const })) });
    expect(createInference(g2).conclude('leaf', 'icl')).toMatchObject({ level: 'strong', basis: 'inferred', confidence: 'likely', assumption: 'abilities-persist' });
    expect(createInference(g2).conclude('root', 'icl')).toMatchObject({ basis: 'explicit', confidence: 'established', assumption: null });
  });

  it('says unknown, not none, where nothing is claimed and nothing can be inherited (principle 1)', () => {
    const g = buildGraph(base().model('other').derivation('d-other', [], 'other', ['pretraining']).exhibits('x-other', 'other', 'cot', 'none').build());
    const inf = createInference(g);
    for (const m of ['root', 'mid', 'leaf']) expect(inf.conclude(m, 'cot')).toMatchObject({ level: 'unknown', basis: 'unknown', confidence: null });
    expect(inf.conclude('other', 'cot')).toMatchObject({ level: 'none', basis: 'explicit', confidence: 'established' });
  });

  it('applies a method claim only where its knowledge says; elsewhere it is a generalisation no level rests on (principle 3)', () => {
    const g = buildGraph(
      base()
        .model('twin')
        .derivation('d-twin', ['root'], 'twin', ['code-training'])
        .exhibits('x-root', 'root', 'cot', 'none')
        .origin('o-cot', 'cot', { method: 'code-training', appliesTo: ['d-mid'], confidence: 'likely' })
        .build(),
    );
    const inf = createInference(g);
    expect(inf.conclude('mid', 'cot')).toMatchObject({ level: 'present', appearsAt: 'd-mid' });
    expect(inf.conclude('mid', 'cot').edges[0]).toMatchObject({ claims: ['o-cot'], generalised: [] });
    expect(inf.conclude('twin', 'cot')).toMatchObject({ level: 'none', basis: 'inferred', appearsAt: null });
    expect(inf.conclude('twin', 'cot').edges[0]).toMatchObject({ claims: [], generalised: ['o-cot'] });
  });

  it('lifts a level at an origin and credits it as where the capability appears', () => {
    const g = buildGraph(base().exhibits('x-root', 'root', 'cot', 'none').origin('o-cot', 'cot', { method: 'code-training', appliesTo: ['d-mid'], confidence: 'likely' }).build());
    const inf = createInference(g);
    expect(inf.conclude('root', 'cot')).toMatchObject({ level: 'none', basis: 'explicit', appearsAt: null });
    expect(inf.conclude('mid', 'cot')).toMatchObject({ level: 'present', appearsAt: 'd-mid', confidence: 'hypothesis' });
    expect(inf.conclude('mid', 'cot').edges[0]).toMatchObject({ claims: ['o-cot'], from: null });
    expect(inf.conclude('leaf', 'cot')).toMatchObject({ level: 'present', appearsAt: 'd-mid' });
  });

  it('lifts to the level an origin claim names', () => {
    const g = buildGraph(base().origin('o-strong', 'cot', { derivation: 'd-mid', level: 'strong' }).build());
    expect(createInference(g).conclude('leaf', 'cot')).toMatchObject({ level: 'strong', appearsAt: 'd-mid' });
  });

  it('loses a capability and restores it further down', () => {
    const g = buildGraph(
      base()
        .model('tip')
        .derivation('d-tip', ['leaf'], 'tip', ['rlhf'])
        .exhibits('x-mid', 'mid', 'icl', 'strong')
        .effect('e-lose', 'icl', 'lowers', { method: 'instruction-tuning', appliesTo: ['d-leaf'], level: 'none' })
        .effect('e-back', 'icl', 'restores', { derivation: 'd-tip' })
        .build(),
    );
    const inf = createInference(g);
    expect(inf.conclude('leaf', 'icl')).toMatchObject({ level: 'none', appearsAt: null });
    expect(inf.conclude('tip', 'icl')).toMatchObject({ level: 'weak', appearsAt: 'd-tip', basis: 'inferred' });
  });

  it('follows the most confident of competing derivations and walks both', () => {
    const g = buildGraph(
      base()
        .model('alt')
        .derivation('d-alt-fig', ['leaf'], 'alt', ['rlhf'], { account: 'figure', confidence: 'likely' })
        .derivation('d-alt-text', ['mid'], 'alt', ['rlhf'], { account: 'text', confidence: 'speculative' })
        .exhibits('x-mid', 'mid', 'icl', 'strong')
        .effect('e-lose', 'icl', 'lowers', { method: 'instruction-tuning', appliesTo: ['d-leaf'] })
        .build(),
    );
    const c = createInference(g).conclude('alt', 'icl');
    expect(c.via).toBe('d-alt-fig');
    expect(c.level).toBe('present');
    expect(c.edges.map((e) => [e.derivation, e.level])).toEqual([
      ['d-alt-fig', 'present'],
      ['d-alt-text', 'strong'],
    ]);
  });

  it('ends cleanly on a cycle and on missing data', () => {
    const g = buildGraph(
      kb().model('a').model('b').derivation('ab', ['a'], 'b', ['m']).derivation('ba', ['b'], 'a', ['m']).model('lonely').build(),
    );
    const inf = createInference(g);
    expect(inf.conclude('a', 'x').level).toBe('unknown');
    expect(inf.conclude('lonely', 'x')).toMatchObject({ level: 'unknown', basis: 'unknown', confidence: null });
  });

  it('walks a 100k-model chain without recursion', () => {
    const b = kb().model('m0').derivation('d0', [], 'm0', ['p']).exhibits('x', 'm0', 'icl', 'strong');
    for (let i = 1; i < 100_000; i++) b.model(`m${i}`).derivation(`d${i}`, [`m${i - 1}`], `m${i}`, ['t']);
    const g = buildGraph(b.build());
    expect(createInference(g).conclude('m99999', 'icl')).toMatchObject({ level: 'strong', appearsAt: 'd0' });
  });
});
