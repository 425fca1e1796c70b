/** `lineage` and `tree` as text: indented trees with box-drawing branches and the step that links each model. */
import type { LineageResult, TreeResult, TreeRow } from '../../queries/types.js';
import type { RenderOptions } from '../index.js';
import { finish } from './layout.js';
import { namesOf, type Names } from './names.js';
import { onOutputsOf } from './show-model.js';
import { makeStyle, text, type Style } from './style.js';

/** Render a lineage result: ancestors, then descendants. */
export function renderLineageText(r: LineageResult, o: RenderOptions): string {
  const st = makeStyle(o.chalk);
  const names = namesOf(r);
  const out: string[] = [];
  if (r.ancestors) out.push(st.heading(`Ancestors of ${text(r.model)}`), ...drawTree(st, names, r.ancestors, 'from'));
  if (r.ancestors && r.descendants) out.push('');
  if (r.descendants) out.push(st.heading(`Descendants of ${text(r.model)}`), ...drawTree(st, names, r.descendants, 'by'));
  if (r.taught && r.taught.length > 0) out.push('', st.heading(`Taught by ${text(r.model)} (its outputs were their training data)`), ...r.taught.map((id) => taughtRow(st, names, id)));
  return finish(out);
}

/** One distillation step the model taught: the student, the student's weight parents and the methods. */
function taughtRow(st: Style, names: Names, id: string): string {
  const d = names.derivation(id);
  if (!d) return `  ${st.id(text(id))}`;
  const weights = d.from.length > 0 ? `weights from ${d.from.map(text).join(' + ')}` : 'from scratch';
  return `  ${st.id(text(d.to))}${st.dim(`  (${weights}, by ${d.methods.map(text).join(' + ')})`)}`;
}

/** Render the whole evolution tree. */
export function renderTreeText(r: TreeResult, o: RenderOptions): string {
  const st = makeStyle(o.chalk);
  return finish([st.heading('Evolution tree'), ...drawTree(st, namesOf(r), r.rows, 'by')]);
}

/** Preorder rows drawn with ├─ └─ │ ; `verb` is "from" going up the lineage (parents) and "by" going down. */
export function drawTree(st: Style, names: Names, rows: TreeRow[], verb: 'from' | 'by'): string[] {
  const last = lastSiblings(rows);
  const open: boolean[] = []; // for each depth, whether a later sibling still follows
  return rows.map((row, i) => {
    open[row.depth] = !last[i];
    const prefix = row.depth === 0 ? '' : `${open.slice(1, row.depth).map((o) => (o ? '│  ' : '   ')).join('')}${last[i] ? '└─ ' : '├─ '}`;
    const d = row.derivation ? names.derivation(row.derivation) : undefined;
    const notes = [d?.account ? `${text(d.account)}'s account` : '', d && d.confidence !== 'established' ? d.confidence : ''].filter(Boolean);
    // Going up, each row is a parent, and the methods are those that made the row above it from this one.
    const how = d ? `${verb === 'from' ? `↑ ${text(d.to)} by` : 'by'} ${d.methods.map(text).join(' + ')}${onOutputsOf(d)}${notes.length > 0 ? `; ${notes.join(', ')}` : ''}` : '';
    const via = d ? st.dim(`  (${how})`) : '';
    const repeat = row.repeat ? st.dim('  (shown above)') : '';
    return `  ${st.dim(prefix)}${st.id(text(row.model))}${via}${repeat}`;
  });
}

/** Whether each row is the last child of its parent row. */
function lastSiblings(rows: TreeRow[]): boolean[] {
  const last = new Array<boolean>(rows.length).fill(true);
  const seenAtDepth: boolean[] = [];
  for (let i = rows.length - 1; i >= 0; i--) {
    const d = rows[i]!.depth;
    last[i] = !seenAtDepth[d];
    seenAtDepth[d] = true;
    seenAtDepth.length = d + 1; // deeper rows belong to other parents
  }
  return last;
}
