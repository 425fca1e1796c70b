/** --as-of and impact through the CLI: the article's answer is what existed then, and later knowledge never leaks into it. */
import { describe, expect, it } from 'vitest';
import { writePack } from '../helpers/load-yaml.js';
import { cli } from './run-cli.js';

/**
 * The knowledge files as they stood before any later knowledge was added, plus the rival
 * readings whose evidence all predates the article (knowledge/later/claims.yaml).
 */
const ARTICLE_ERA = ['later/claims', 'capabilities', 'derivations', 'errata', 'methods', 'models-open', 'models', 'questions', 'sources', 'claims/effects', 'claims/levels-open', 'claims/levels', 'claims/limitations', 'claims/origins'].flatMap((f) => ['--kb', `knowledge/${f}.yaml`]);

/** Knowledge dated long after the article: a model, a source and a review that would raise the code → CoT claim. */
const LATER_PACK = `
sources:
  - { id: late-study, kind: paper, title: A later study, year: 2030 }
models:
  - { id: late-model, name: Late, released: "2030-01" }
derivations:
  - { id: d-late, to: late-model, methods: [pretraining], confidence: likely, evidence: [{ source: late-study, stance: supports, kind: documentation, note: n }] }
reviews:
  - id: review-late
    claim: origin-cot-code-training
    date: "2030-02"
    confidence: established
    evidence: [{ source: late-study, stance: supports, kind: controlled-experiment, note: n }]
`;

const json = async (args: string[]) => {
  const run = await cli([...args, '--json']);
  expect(run.stderr).toBe('');
  return JSON.parse(run.stdout) as Record<string, unknown>;
};

describe('--as-of', () => {
  it('trace cot as of the article equals the answer over the article-era knowledge, restricted to what existed then', async () => {
    const articleEra = await json(['trace', 'cot', '--no-bundled', ...ARTICLE_ERA]);
    const sources = articleEra.sources as Array<{ id: string; year: number | null; date: unknown }>;
    // A source's year, or the year of its date when it has no year (`circa: 2023-11`).
    const yearOf = (s: (typeof sources)[number]) => s.year ?? Number(/\d{4}/.exec(JSON.stringify(s.date ?? ''))?.[0] ?? 0);
    // The later works the article-era files cite: the 2023 Chinese re-post (in errata, as a version of the
    // translation), and the OpenAI models page behind a competing account of code-davinci-002's base.
    expect(sources.filter((s) => yearOf(s) > 2022).map((s) => s.id)).toEqual(['chinaaet2023-repost', 'openai-models-page']);
    const restricted = { ...articleEra, sources: sources.filter((s) => yearOf(s) <= 2022) };
    expect(await json(['trace', 'cot', '--as-of', '2022-12-11'])).toEqual(restricted);
  });

  it('knowledge dated after the day never changes the answer as of that day', async () => {
    const pack = writePack({ 'later.yaml': LATER_PACK });
    const asOf = await json(['trace', 'cot', '--as-of', '2022-12-11']);
    expect(await json(['trace', 'cot', '--as-of', '2022-12-11', '--kb', pack])).toEqual(asOf);
    const today = await json(['trace', 'cot', '--kb', pack]);
    expect(JSON.stringify(today)).toContain('late-study');
    expect(JSON.stringify(asOf)).not.toContain('late-study');
  });

  it('as of a day after everything is today', async () => {
    expect(await json(['trace', 'cot', '--as-of', '2999'])).toEqual(await json(['trace', 'cot']));
  });

  it('the code → CoT claim is graded hypothesis as of the article and likely today', async () => {
    const grade = (r: Record<string, unknown>) => (r.claims as Array<{ id: string; confidence: string }>).find((c) => c.id === 'origin-cot-code-training')!.confidence;
    expect(grade(await json(['trace', 'cot', '--as-of', '2022-12-11']))).toBe('hypothesis');
    expect(grade(await json(['trace', 'cot']))).toBe('likely');
  });

  it('trace cot says what changed since the claims were first graded, naming the later work on both sides', async () => {
    type Later = Array<{ claim: string; from: string; to: string; supports: string[]; contradicts: string[]; qualifies: string[] }>;
    const later = (await json(['trace', 'cot'])).later as Later;
    const code = later.find((l) => l.claim === 'origin-cot-code-training')!;
    expect([code.from, code.to]).toEqual(['hypothesis', 'likely']);
    expect(code.supports).toContain('aryabumi2024-code');
    expect(code.qualifies).toContain('petty2024-code');
    expect(later.find((l) => l.claim === 'origin-cot-scale-emergent')!.contradicts).toContain('schaeffer2023-mirage');
    expect((await json(['trace', 'cot', '--as-of', '2022-12-11'])).later).toEqual([]);
    const text = (await cli(['trace', 'cot', '--verbose'])).stdout; // the later sources are evidence: behind --verbose
    expect(text).toMatch(/Since first graded: chain-of-thought: a by-product of code-training, hypothesis\s+→ likely \(2024-09\)/);
    expect(text).toContain('Schaeffer et al. 2023');
  });

  it('text answered as of a day says so first; JSON stays one document', async () => {
    expect((await cli(['matrix', '--as-of', '2022-12'])).stdout.startsWith('As of 2022-12-31: only what was known by then.\n')).toBe(true);
    expect((await cli(['trace', 'cot', '--as-of', '2022-12-11', '--json'])).stdout.startsWith('{')).toBe(true);
  });

  it('a malformed date is a usage error', async () => {
    const run = await cli(['trace', 'cot', '--as-of', '11/12/2022']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('YYYY-MM-DD');
  });
});

describe('impact', () => {
  it('a source that a re-grade rests on alone: its claims, and the conclusions that move, most affected first', async () => {
    const r = (await json(['impact', 'chen2024-parallel-structures'])) as { restsOn: { claims: string[] }; changes: Array<{ kind: string; subject: { claim?: string }; shift: { confidence: number } }> };
    expect(r.restsOn.claims).toContain('origin-icl-same-task-batches');
    const grade = r.changes.find((c) => c.kind === 'grade' && c.subject.claim === 'origin-icl-same-task-batches');
    expect(grade?.shift.confidence).toBe(-1);
    const weights = r.changes.map((c) => Math.abs(c.shift.confidence));
    expect(weights[0]).toBeGreaterThanOrEqual(weights[weights.length - 1]!);
  });

  it('as of the article, a later source is unknown', async () => {
    const run = await cli(['impact', 'chen2024-parallel-structures', '--as-of', '2022-12-11']);
    expect(run.code).toBe(1);
  });

  it('asks for a source, method, claim or review', async () => {
    const run = await cli(['impact', 'davinci']);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('is a model');
  });
});
