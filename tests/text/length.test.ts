/**
 * Length budgets at 80 columns, measured over the shipped knowledge: `why M C` and `trace C --model M`
 * ≤ 40 lines, `trace C` ≤ 60, `diff A B` ≤ 60, `show` ≤ 50, `search` ≤ 3 lines a hit. The rest of
 * the evidence is behind --verbose or a `show` hint.
 */
import { describe, expect, it } from 'vitest';
import { runAt } from './run-at.js';

const ids = async (kind: string): Promise<string[]> => (JSON.parse((await runAt(['list', kind, '--json'], 80)).stdout) as { items: { id: string }[] }).items.map((x) => x.id);
const lines = async (args: string[]) => {
  const r = await runAt(args, 80);
  expect([0, 1], `${args.join(' ')}: ${r.stderr}`).toContain(r.code);
  return r.stdout.split('\n').length - 1;
};
/** Every run over `budget` lines, as `command: lines`. */
const over = async (runs: string[][], budget: number) => {
  const found: string[] = [];
  for (const args of runs) {
    const n = await lines(args);
    if (n > budget) found.push(`${args.join(' ')}: ${n}`);
  }
  return found;
};

const MODELS = ['davinci', 'code-cushman-001', 'code-davinci-002', 'text-davinci-002', 'text-davinci-003', 'chatgpt', 'llama-2-70b-chat', 'deepseek-r1'];

describe('length budgets at 80 columns', () => {
  it('why M C and trace C --model M fit in 40 lines', async () => {
    const caps = await ids('capabilities');
    const runs = MODELS.flatMap((m) => caps.flatMap((c) => [['why', m, c], ['trace', c, '--model', m]]));
    expect(await over(runs, 40)).toEqual([]);
  }, 300_000);

  it('trace C fits in 60 lines', async () => {
    expect(await over((await ids('capabilities')).map((c) => ['trace', c]), 60)).toEqual([]);
  }, 120_000);

  it('diff A B fits in 60 lines, for every step of the lineage and across branches', async () => {
    const derivations = JSON.parse((await runAt(['list', 'derivations', '--json'], 80)).stdout) as { items: { from?: string[]; to: string }[] };
    const pairs = derivations.items.flatMap((d) => (d.from ?? []).map((f) => [f, d.to]));
    const across = [['text-davinci-003', 'chatgpt'], ['davinci', 'chatgpt'], ['code-cushman-001', 'text-davinci-001'], ['davinci', 'deepseek-r1']];
    expect(await over([...pairs, ...across].map(([a, b]) => ['diff', a!, b!]), 60)).toEqual([]);
  }, 300_000);

  it('show fits in 50 lines, for every entity but the claims and sources, and a sample of those', async () => {
    const kinds = ['models', 'methods', 'capabilities', 'derivations', 'questions', 'errata', 'reviews'];
    const all = (await Promise.all(kinds.map(ids))).flat();
    const sample = [...(await ids('claims')).filter((_, i) => i % 10 === 0), ...(await ids('sources')).filter((_, i) => i % 5 === 0)];
    expect(await over([...all, ...sample].map((id) => ['show', id]), 50)).toEqual([]);
  }, 300_000);

  it('search takes at most three lines a hit', async () => {
    for (const q of ['instructgpt', 'code', 'alignment tax', 'chain of thought', 'rlhf']) {
      const r = await runAt(['search', ...q.split(' ')], 80);
      const hits = (JSON.parse((await runAt(['search', ...q.split(' '), '--json'], 80)).stdout) as { hits: unknown[] }).hits.length;
      // The hits, then a blank line and the count.
      expect(r.stdout.split('\n').length - 1 - 2, q).toBeLessThanOrEqual(3 * hits);
    }
  });
});
