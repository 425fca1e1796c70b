/** The filtered view behind --as-of and impact: what it keeps, what goes with what it drops, and that the rest stays consistent. */
import { describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { filteredView, knowledgeView } from '../../src/graph/view/knowledge-view.js';
import { existsBy, sourceDate } from '../../src/kb/dates.js';
import { loadKnowledge } from '../../src/kb/load.js';
import type { Kb, Review } from '../../src/kb/types.js';
import { kb } from '../helpers/kb-builder.js';
import { loadPack } from '../helpers/load-yaml.js';

const ev = (source: string, kind: 'experiment' | 'argument' = 'experiment', stance: 'supports' | 'contradicts' = 'supports') => ({ source, stance, kind, note: `from ${source}` });
const review = (id: string, claim: string, date: string, rest: Partial<Review> = {}): Review => ({ id, claim, date, evidence: [ev('later')], ...rest });

/** An old model and claim, a newer model, and a 2024 review that raises the old claim. */
function lineage(reviews: Review[] = [review('r1', 'c-old', '2024-03', { confidence: 'likely' })]): Kb {
  const base = kb()
    .source('old', { year: 2021 })
    .source('later', { date: '2024-02-01' })
    .model('m1', { released: '2020' })
    .model('m2', { released: '2023-05' })
    .derivation('d1', [], 'm1', ['pretraining'])
    .derivation('d2', ['m1'], 'm2', ['tuning'])
    .origin('c-old', 'cap', { method: 'pretraining', confidence: 'hypothesis', evidence: [ev('old')] })
    .exhibits('c-new', 'm2', 'cap', 'strong', { evidence: [ev('later')] })
    .effect('c-mixed', 'cap', 'raises', { derivation: 'd1', evidence: [ev('old'), ev('later')] })
    .build();
  return { ...base, reviews };
}

describe('knowledgeView', () => {
  it('with nothing left out, changes only the reviewed claims, exactly as the full filter would', () => {
    const bundled = loadKnowledge([{ path: new URL('../../knowledge', import.meta.url).pathname, base: '/' }]).kb!;
    expect(bundled.reviews.length).toBeGreaterThan(0);
    for (const whole of [bundled, lineage(), lineage([])]) {
      const quick = knowledgeView(whole);
      expect(quick).toEqual(filteredView(whole, {}));
      const changed = quick.kb.claims.filter((c, i) => c !== whole.claims[i]).map((c) => c.id);
      expect(new Set(changed)).toEqual(new Set(whole.reviews.map((r) => r.claim)));
    }
  });

  it('as of a day keeps only models released and sources published by then, and what rests on them', () => {
    const view = knowledgeView(lineage(), { asOf: '2022-12-11' }).kb;
    expect(view.models.map((m) => m.id)).toEqual(['m1']);
    expect(view.derivations.map((d) => d.id)).toEqual(['d1']);
    expect(view.sources.map((s) => s.id).sort()).toEqual(['old', 'paper']);
    expect(view.claims.map((c) => c.id).sort()).toEqual(['c-mixed', 'c-old']);
    expect(view.claims.find((c) => c.id === 'c-mixed')!.evidence!.map((e) => e.source)).toEqual(['old']);
    expect(view.reviews).toEqual([]);
  });

  it('a review moves the grade from its date on; the claim keeps its own grade before', () => {
    const grade = (asOf?: string) => knowledgeView(lineage(), { asOf }).kb.claims.find((c) => c.id === 'c-old')!.confidence;
    expect(grade('2024-02-15')).toBe('hypothesis');
    expect(grade('2024-03-31')).toBe('likely');
    expect(grade()).toBe('likely');
    expect(knowledgeView(lineage()).regrades).toEqual([{ claim: 'c-old', review: 'r1', date: '2024-03', from: 'hypothesis', to: 'likely' }]);
  });

  it("a review's evidence joins the claim once its source exists, even before the review takes effect", () => {
    const evidence = (asOf: string) => knowledgeView(lineage(), { asOf }).kb.claims.find((c) => c.id === 'c-old')!.evidence!.map((e) => e.source);
    expect(evidence('2024-02-15')).toEqual(['old', 'later']);
    expect(evidence('2023-01-01')).toEqual(['old']);
  });

  it('the latest review in force wins; one that raises the grade without strong support does not apply', () => {
    const reviews = [
      review('r1', 'c-old', '2024-03', { confidence: 'likely' }),
      review('r2', 'c-old', '2024-06', { confidence: 'speculative', evidence: [ev('later', 'experiment', 'contradicts')] }),
      review('r3', 'c-old', '2024-09', { confidence: 'established', evidence: [ev('later', 'argument')] }),
    ];
    const view = knowledgeView(lineage(reviews));
    expect(view.kb.claims.find((c) => c.id === 'c-old')!.confidence).toBe('speculative');
    expect(view.regrades.map((r) => r.review)).toEqual(['r2']);
  });

  it('without a source, what rests only on it goes, and a re-grade it carried falls back', () => {
    const view = knowledgeView(lineage(), { without: 'later' });
    expect(view.kb.claims.map((c) => c.id).sort()).toEqual(['c-mixed', 'c-old']);
    expect(view.kb.claims.find((c) => c.id === 'c-old')!.confidence).toBe('hypothesis');
    expect(view.kb.reviews).toEqual([]);
    expect(view.regrades).toEqual([]);
  });

  it('without a method, the claims crediting it go; without a claim, its reviews go', () => {
    expect(knowledgeView(lineage(), { without: 'pretraining' }).kb.claims.map((c) => c.id).sort()).toEqual(['c-mixed', 'c-new']);
    const noClaim = knowledgeView(lineage(), { without: 'c-old' });
    expect(noClaim.kb.claims.map((c) => c.id)).not.toContain('c-old');
    expect(noClaim.kb.reviews).toEqual([]);
  });

  it('returns the knowledge untouched when there is nothing to filter or apply', () => {
    const plain = lineage([]);
    expect(knowledgeView(plain).kb).toBe(plain);
  });
});

describe('knowledgeView over the bundled knowledge', () => {
  const bundled = loadKnowledge([{ path: `${process.cwd()}/knowledge`, base: process.cwd() }]).kb!;

  /** The view written back as YAML must validate with no error: nothing dangles, nothing is left without evidence. */
  it.each([
    ['as of the article', { asOf: '2022-12-11' }],
    ['as of mid-2023', { asOf: '2023-06-30' }],
    ['today', {}],
    ['without the article', { without: 'fu2022-gpt-roadmap' }],
    ['without code training', { without: 'code-training' }],
    ['without a reviewed claim', { without: 'origin-cot-code-training' }],
  ])('%s is a valid knowledge base', (_name, opts) => {
    const { locations: _l, ...sections } = knowledgeView(bundled, opts).kb;
    const result = loadPack({ 'view.yaml': stringify(sections, { aliasDuplicateObjects: false }) });
    expect(result.issues.filter((i) => i.severity === 'error')).toEqual([]);
  });

  it('as of the article, no later source, review or re-grade is left', () => {
    const view = knowledgeView(bundled, { asOf: '2022-12-11' });
    // Later: could not have appeared by the article's day, even at the earliest its date allows.
    const later = bundled.sources.filter((s) => !existsBy(sourceDate(s), '2022-12-11')).map((s) => s.id);
    expect(later.length).toBeGreaterThan(10);
    const cited = new Set(view.kb.claims.flatMap((c) => (c.evidence ?? []).map((e) => e.source)));
    for (const id of later) expect(cited.has(id)).toBe(false);
    expect(view.kb.reviews).toEqual([]);
    expect(view.regrades).toEqual([]);
  });
});
