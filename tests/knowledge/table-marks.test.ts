/**
 * The summary table's marks follow one rule (knowledge/claims/levels.yaml, header): each marked
 * cell's level is derived here from its mark and the level the knowledge gives the row above,
 * and compared with the bundled claim, so an edit that breaks the rule fails.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildGraph } from '../../src/graph/build-graph.js';
import { loadKnowledge } from '../../src/kb/load.js';
import { LEVELS, type Level } from '../../src/kb/scales.js';
import type { Kb } from '../../src/kb/types.js';
import { traceCapability } from '../../src/queries/trace.js';

const TABLE = 'fu2022-summary-table';
const STEPS: Record<string, number> = { '+': 1, '++': 2, '−': -1, '−−': -2 };

/** The rule: marks move from the row above's level; an ability the row above lacks starts at present (+) or strong (++). */
export function levelFromMark(mark: string, above: Level | undefined): Level {
  if (mark === '') return 'present';
  const steps = STEPS[mark];
  if (steps === undefined) throw new Error(`unknown mark ${mark}`);
  if ((above ?? 'none') === 'none' && steps > 0) return steps === 1 ? 'present' : 'strong';
  const at = LEVELS.indexOf(above ?? 'none') + steps;
  return LEVELS[Math.max(0, Math.min(LEVELS.length - 1, at))]!;
}

const root = join(import.meta.dirname, '..', '..');
const kb = loadKnowledge([{ path: join(root, 'knowledge'), base: root }]).kb as Kb;
const exhibits = kb.claims.filter((c) => c.kind === 'exhibits');
const marked = exhibits.filter((c) => typeof c.notation === 'string');

/** The table row a marked claim reads, from its evidence's locator ("row 5", "row 6 (…)"). */
function rowOf(claim: (typeof exhibits)[number]): number {
  const rows = (claim.evidence ?? []).filter((e) => e.source === TABLE).map((e) => /^row (\d+)\b/.exec(e.locator ?? '')?.[1]);
  const row = rows.find((r) => r !== undefined);
  if (row === undefined) throw new Error(`${claim.id}: marked, but cites no row of the summary table`);
  return Number(row);
}

/** Row number → the model whose marked cells sit on it. */
const rowModel = new Map<number, string>();
for (const c of marked) rowModel.set(rowOf(c), c.model!);
const levelOf = (model: string | undefined, capability: string) => exhibits.find((c) => c.model === model && c.capability === capability)?.level as Level | undefined;

describe('summary-table marks', () => {
  it('the rule reads a mark against the row above', () => {
    expect(levelFromMark('+', undefined)).toBe('present');
    expect(levelFromMark('++', 'none')).toBe('strong');
    expect(levelFromMark('+', 'weak')).toBe('present');
    expect(levelFromMark('++', 'present')).toBe('strong');
    expect(levelFromMark('+', 'strong')).toBe('strong');
    expect(levelFromMark('−', 'strong')).toBe('present');
    expect(levelFromMark('−−', 'strong')).toBe('weak');
    expect(levelFromMark('−−', 'weak')).toBe('none');
  });

  it('each table row belongs to one model, rows 1 to 7 in order', () => {
    for (const c of marked) expect(rowModel.get(rowOf(c)), c.id).toBe(c.model);
    expect([...rowModel.keys()].sort()).toEqual([1, 2, 3, 4, 5, 6, 7]);
  });

  it.each(marked.map((c) => [c.id, c] as const))('%s follows the rule', (_id, claim) => {
    const above = levelOf(rowModel.get(rowOf(claim) - 1), claim.capability!);
    expect(claim.level).toBe(levelFromMark(claim.notation!, above));
  });

  it("ChatGPT's −− on in-context learning shows as a step that lowers", () => {
    const graph = buildGraph(kb);
    const steps = traceCapability(graph, { capability: 'in-context-learning' }).laterSteps;
    const step = steps.find((s) => s.to === 'chatgpt' && s.followed);
    expect(step?.mark).toBe('−−');
    expect(step?.change).toBe('weakened');
  });
});
