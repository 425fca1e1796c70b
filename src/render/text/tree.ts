/**
 * `lineage` and `tree` as text: indented trees with box-drawing branches, one notation for a step
 * (parent → child), a merge drawn as one step with its inputs under it, alternatives marked `or`,
 * and long lines wrapped with their continuation indented under the node.
 */
import type { LineageResult, TreeResult, TreeRow } from '../../queries/types.js';
import type { RenderOptions } from '../index.js';
import { breakWord, finish, hanging, visibleWidth, wrapProse } from './layout.js';
import { namesOf, type Names } from './names.js';
import { makeStyle, text, type Style } from './style.js';
import { treeNodes, type TreeNode } from './tree-nodes.js';

/** Render a lineage result: ancestors, then descendants. */
export function renderLineageText(r: LineageResult, o: RenderOptions): string {
  const st = makeStyle(o.chalk);
  const names = namesOf(r);
  const out: string[] = [];
  if (r.ancestors) out.push(st.heading(`Ancestors of ${text(r.model)}`), ...drawTree(st, names, r.ancestors, 'up', o.columns));
  if (r.ancestors && r.descendants) out.push('');
  if (r.descendants) out.push(st.heading(`Descendants of ${text(r.model)}`), ...drawTree(st, names, r.descendants, 'down', o.columns));
  if (r.taught && r.taught.length > 0) out.push('', ...hanging('', st.heading(`Taught by ${text(r.model)} (its outputs were their training data)`), o.columns, 2), ...r.taught.flatMap((id) => hanging('', taughtRow(st, names, id), o.columns, 4)));
  return finish([...out, '', ...hanging('', st.dim('parent → child; or: an alternative account of the same model.'), o.columns, 0)]);
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
  return finish([st.heading('Evolution tree'), ...drawTree(st, namesOf(r), r.rows, 'down', o.columns), '', ...hanging('', st.dim('Each model under its parent: parent → child by the methods named; or: an alternative account of the same model.'), o.columns, 0)]);
}

/** Preorder rows drawn with ├─ └─ │; `up` draws parents under their child (ancestors), `down` children under their parent. */
export function drawTree(st: Style, names: Names, rows: TreeRow[], direction: 'up' | 'down', columns: number): string[] {
  const nodes = treeNodes(names, rows, direction);
  const last = lastSiblings(nodes);
  const open: boolean[] = []; // for each depth, whether a later sibling still follows
  return nodes.flatMap((node, i) => {
    open[node.depth] = !last[i];
    const bars = open.slice(1, node.depth).map((o) => (o ? '│  ' : '   ')).join('');
    const prefix = node.depth === 0 ? '' : `${bars}${last[i] ? '└─ ' : '├─ '}`;
    const hasChildren = nodes[i + 1] !== undefined && nodes[i + 1]!.depth > node.depth;
    const under = `${node.depth === 0 ? '' : `${bars}${last[i] ? '   ' : '│  '}`}${hasChildren ? '│  ' : '   '}`;
    return wrapNode(st, node, `  ${prefix}`, `  ${under}`, columns);
  });
}

/** The node's name and its step, wrapped: continuation lines keep the tree's bars and start under the node. */
function wrapNode(st: Style, node: TreeNode, prefix: string, under: string, columns: number): string[] {
  const head = `${node.alternative ? `${st.dim('or')} ` : ''}${node.merge ? st.bold('merge') : st.id(text(node.model))}`;
  const words = [node.step, node.repeat ? '(shown above)' : ''].filter(Boolean).join('  ');
  const firstRoom = columns - visibleWidth(prefix) - visibleWidth(head) - 2;
  // Too little room beside the node: the step starts on the line below, under it.
  const wrapped = words === '' ? [] : wrapProse(words, Math.max(10, columns - visibleWidth(under)), firstRoom >= 10 ? firstRoom : columns - visibleWidth(under));
  const [first = '', ...rest] = firstRoom >= 10 ? wrapped : ['', ...wrapped];
  // A name too long for what is left of the line is broken (never cut), its pieces under it.
  const [name = '', ...more] = visibleWidth(prefix) + visibleWidth(head) > columns ? breakWord(head, Math.max(10, columns - visibleWidth(prefix))) : [head];
  const lines = [`${st.dim(prefix)}${name}${first && more.length === 0 ? `  ${st.dim(first)}` : ''}`, ...more.map((piece) => `${st.dim(under)}${piece}`)];
  if (more.length > 0 && first) lines.push(`${st.dim(under)}${st.dim(first)}`);
  for (const line of rest) lines.push(`${st.dim(under)}${st.dim(line)}`);
  return lines;
}

/** Whether each node is the last child of its parent node. */
function lastSiblings(nodes: { depth: number }[]): boolean[] {
  const last = new Array<boolean>(nodes.length).fill(true);
  const seenAtDepth: boolean[] = [];
  for (let i = nodes.length - 1; i >= 0; i--) {
    const d = nodes[i]!.depth;
    last[i] = !seenAtDepth[d];
    seenAtDepth[d] = true;
    seenAtDepth.length = d + 1; // deeper rows belong to other parents
  }
  return last;
}
