/** Rules about the derivation graph: no cycles, children not released before their parents. */
import { dateBounds } from '../dates.js';
import type { EntityRecord } from '../entity-record.js';
import type { FuzzyDate } from '../types.js';
import { entitiesOf, report, type Rule } from './context.js';

/** A model cannot be its own ancestor. Iterative DFS, so a 100k-model chain cannot overflow the stack. */
export const derivationsAreAcyclic: Rule = (ctx) => {
  const edges = new Map<string, Array<{ to: string; derivation: EntityRecord; fromIndex: number }>>();
  for (const d of entitiesOf(ctx, 'derivation')) {
    ((d.data.from as string[] | undefined) ?? []).forEach((from, fromIndex) => {
      const list = edges.get(from) ?? [];
      list.push({ to: d.data.to as string, derivation: d, fromIndex });
      edges.set(from, list);
    });
  }
  const state = new Map<string, 'open' | 'done'>();
  for (const root of edges.keys()) {
    if (state.has(root)) continue;
    const stack: Array<{ node: string; next: number }> = [{ node: root, next: 0 }];
    const path = [root];
    state.set(root, 'open');
    while (stack.length > 0) {
      const frame = stack[stack.length - 1]!;
      const out = edges.get(frame.node) ?? [];
      if (frame.next >= out.length) {
        state.set(frame.node, 'done');
        stack.pop();
        path.pop();
        continue;
      }
      const edge = out[frame.next++]!;
      if (state.get(edge.to) === 'open') {
        const cycle = [...path.slice(path.indexOf(edge.to)), edge.to].join(' → ');
        report(ctx, 'LINEAGE_CYCLE', edge.derivation, ['from', edge.fromIndex], `this derivation closes a lineage cycle: ${cycle}; a model cannot descend from itself`);
      } else if (!state.has(edge.to)) {
        state.set(edge.to, 'open');
        stack.push({ node: edge.to, next: 0 });
        path.push(edge.to);
      }
    }
  }
};

/** A child released (for certain) before its parent or teacher is probably a wrong date or a wrong edge. */
export const modelsReleasedAfterParents: Rule = (ctx) => {
  const released = new Map<string, FuzzyDate>();
  for (const m of entitiesOf(ctx, 'model')) if (m.data.released !== undefined) released.set(m.id, m.data.released as FuzzyDate);
  for (const d of entitiesOf(ctx, 'derivation')) {
    const child = released.get(d.data.to as string);
    if (child === undefined) continue;
    for (const [field, role] of [['from', 'parent'], ['teachers', 'teacher']] as const) {
      ((d.data[field] as string[] | undefined) ?? []).forEach((elder, index) => {
        const elderDate = released.get(elder);
        if (elderDate === undefined || dateBounds(child)[1] >= dateBounds(elderDate)[0]) return;
        report(ctx, 'RELEASED_BEFORE_PARENT', d, [field, index], `\`${d.data.to}\` is released before its ${role} \`${elder}\`; check both release dates or the direction of this derivation`);
      });
    }
  }
};
