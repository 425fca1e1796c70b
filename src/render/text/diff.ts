/** `diff` as text: where two lineages meet, each side's steps, and what differs with the claims that explain it. */
import type { DiffResult } from '../../queries/types.js';
import type { RenderOptions } from '../index.js';
import { finish } from './layout.js';
import { arrow, namesOf } from './names.js';
import { confidence, level, makeStyle, text } from './style.js';
import { table } from './table.js';
import { claimBlock } from './claim-block.js';

/** Render a diff result. */
export function renderDiffText(r: DiffResult, o: RenderOptions): string {
  const st = makeStyle(o.chalk);
  const names = namesOf(r);
  const [a, b] = [text(r.a), text(r.b)];
  const out = [`${st.bold('Comparing')} ${st.id(a)} ${st.bold('with')} ${st.id(b)}`];
  const meet = r.meetsAt.map((m) => st.id(text(m))).join(', ');
  out.push(r.meetsAt.length === 0 ? st.warn('Their lineages never meet in this knowledge base.') : `Lineages meet at ${meet}.`);

  out.push('', st.heading('Steps on each side'));
  for (const [model, side] of [[a, r.sides.a], [b, r.sides.b]] as const) {
    out.push(`  ${st.id(model)}:${side.length === 0 ? st.dim(' nothing after the meeting point') : ''}`);
    for (const id of side) {
      const d = names.derivation(id);
      const how = d ? ` by ${d.methods.map(text).join(' + ')}${d.account ? ` (${text(d.account)}'s account)` : ''}` : '';
      out.push(`    ${arrow(st, d, id)}${how}  ${confidence(st, d?.confidence ?? null)}`);
    }
  }

  // Each explaining claim is footnoted once, in the order the differences cite them.
  const notes = [...new Set(r.differences.flatMap((d) => [...d.explainedBy.a, ...d.explainedBy.b]))];
  out.push('', st.heading('What differs'));
  if (r.differences.length === 0) out.push(st.dim('  No capability differs.'));
  else {
    const rows = r.differences.map((d) => {
      const refs = [...d.explainedBy.a, ...d.explainedBy.b].map((id) => `[${notes.indexOf(id) + 1}]`).join('');
      return [text(d.capability), level(st, d.a.level), level(st, d.b.level), d.unexplained ? st.warn('unexplained') : refs];
    });
    out.push(...table(st, ['capability', a, b, 'why'], rows, o.columns));
  }
  if (notes.length > 0) out.push('', st.heading('Why'));
  notes.forEach((id, i) => out.push(...claimBlock(st, names, id, { indent: 2, columns: o.columns, evidence: 2, label: `[${i + 1}]` })));
  const unexplained = r.differences.filter((d) => d.unexplained).map((d) => d.capability);
  if (unexplained.length > 0)
    out.push('', st.warn(`Unexplained: ${unexplained.map(text).join(', ')} ${unexplained.length === 1 ? 'differs' : 'differ'}, but no origin or effect claim on either side says why.`));
  if (r.hidden > 0) out.push('', st.dim(`${r.hidden} difference(s) weaker than ${r.minConfidence} hidden.`));
  return finish(out);
}
