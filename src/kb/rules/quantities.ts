/** Rules about measured numbers: benchmark scores say what they score, parameter counts add up. */
import { SCORE_UNITS } from '../scales.js';
import type { Evidence } from '../types.js';
import type { EntityRecord } from '../entity-record.js';
import { entitiesOf, report, type Rule } from './context.js';

type Scored = NonNullable<Evidence['quantities']>[number];

/** A percent score names its benchmark, a benchmark result has a score unit, and no percentage tops 100. */
export const benchmarkScoresAreNamed: Rule = (ctx) => {
  for (const e of entitiesOf(ctx, 'claim').concat(entitiesOf(ctx, 'derivation'))) {
    ((e.data.evidence as Evidence[] | undefined) ?? []).forEach((ev, i) => {
      (ev.quantities ?? []).forEach((q, j) => checkScore(ctx, e, ['evidence', i, 'quantities', j], q));
    });
  }
};

function checkScore(ctx: Parameters<Rule>[0], e: EntityRecord, at: Array<string | number>, q: Scored): void {
  const isScoreUnit = (SCORE_UNITS as readonly string[]).includes(q.unit);
  if (q.benchmark !== undefined && !isScoreUnit) {
    report(ctx, 'BENCHMARK_UNIT', e, [...at, 'unit'], `the score on benchmark "${q.benchmark}" has unit \`${q.unit}\`; a benchmark score is \`percent\` or \`rating\``);
  } else if (q.unit === 'percent' && q.benchmark === undefined) {
    report(ctx, 'BENCHMARK_UNNAMED', e, [...at, 'unit'], `the score "${q.label}" is a percentage but names no benchmark; add \`benchmark:\` (and \`metric:\`)`);
  }
  if (q.unit.startsWith('percent') && q.value > 100) {
    report(ctx, 'PERCENT_OVER_100', e, [...at, 'value'], `"${q.label}" is ${q.value} ${q.unit}; a percentage is at most 100`);
  }
}

/** A mixture-of-experts model uses at most all of its parameters per token. */
export const activeParametersFitTotal: Rule = (ctx) => {
  for (const m of entitiesOf(ctx, 'model')) {
    const active = m.data.activeParameters as { value: number } | undefined;
    const total = m.data.parameters as { value: number } | undefined;
    if (active && total && active.value > total.value) {
      report(ctx, 'ACTIVE_EXCEEDS_TOTAL', m, ['activeParameters', 'value'], `uses ${active.value} parameters per token but has only ${total.value}; check both counts`);
    }
  }
};

/** A teacher is not also a weight parent or the student itself. */
export const teachersAreNotParents: Rule = (ctx) => {
  for (const d of entitiesOf(ctx, 'derivation')) {
    const parents = new Set([...((d.data.from as string[] | undefined) ?? []), d.data.to as string]);
    ((d.data.teachers as string[] | undefined) ?? []).forEach((t, i) => {
      if (parents.has(t)) report(ctx, 'TEACHER_IS_PARENT', d, ['teachers', i], `\`${t}\` is listed as a teacher and as the student or a weight parent; keep it in one place`);
    });
  }
};
