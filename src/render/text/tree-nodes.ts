/** The nodes a tree is drawn from: the query's rows, with a merge's inputs gathered under one `merge` node and alternatives marked. */
import type { TreeRow } from '../../queries/types.js';
import type { Names } from './names.js';
import { onOutputsOf } from './show-model.js';
import { confidence, makeStyle, text, type Style } from './style.js';

/** One drawn line of a tree (before wrapping). */
export interface TreeNode {
  model: string;
  depth: number;
  /** The words for the step that links it to the line above. */
  step: string;
  /** A synthetic node standing for one derivation with several inputs. */
  merge: boolean;
  /** Another account of the same model than the one above it. */
  alternative: boolean;
  repeat: boolean;
}

/**
 * Nodes from rows. Going up, the inputs of one merge are siblings sharing a derivation: they are
 * drawn under a single `merge` node, one level deeper, with their own subtrees. Siblings reached
 * through a different derivation than the first are alternatives.
 */
export function treeNodes(names: Names, rows: TreeRow[], direction: 'up' | 'down'): TreeNode[] {
  const st = makeStyle(); // step words are plain here; the drawer dims them
  const nodes: TreeNode[] = [];
  const shift: number[] = []; // extra depth per row depth, while inside a merge group
  const firstStep = new Map<number, string | null>(); // the derivation of the first child of the current parent, per depth
  let mergeOf: { depth: number; derivation: string } | null = null;
  rows.forEach((row, i) => {
    shift.length = row.depth + 1;
    if (mergeOf && (row.depth < mergeOf.depth || (row.depth === mergeOf.depth && row.derivation !== mergeOf.derivation))) mergeOf = null;
    // Rows are in preorder: a parent's first child comes right after it.
    if (i > 0 && rows[i - 1]!.depth === row.depth - 1) firstStep.set(row.depth, row.derivation);
    const extra = shift.slice(0, row.depth).reduce((a, b) => a + (b ?? 0), 0);
    const d = row.derivation ? names.derivation(row.derivation) : undefined;
    const merge = direction === 'up' && d !== undefined && d.from.length > 1;
    // Going up, a child's parents through another derivation than the first (the one its levels follow) are another account.
    // Going down, a child reached by a derivation its levels do not follow is the same: another account.
    const alternative = row.depth > 0 && (direction === 'up' ? firstStep.get(row.depth) !== row.derivation : !row.followed);
    if (merge && mergeOf?.derivation !== row.derivation) {
      mergeOf = { depth: row.depth, derivation: row.derivation! };
      nodes.push({ model: '', depth: row.depth + extra, step: stepWords(st, names, row.derivation, 'up'), merge: true, alternative, repeat: false });
    }
    const inMerge = merge && mergeOf !== null;
    shift[row.depth] = inMerge ? 1 : 0;
    nodes.push({
      model: row.model,
      depth: row.depth + extra + (inMerge ? 1 : 0),
      step: inMerge ? '' : stepWords(st, names, row.derivation, direction),
      merge: false,
      alternative: inMerge ? false : alternative,
      repeat: row.repeat,
    });
  });
  return nodes;
}

/** A step's words: `→ child by methods · account · confidence`, or `by methods …` going down. */
export function stepWords(st: Style, names: Names, derivation: string | null, direction: 'up' | 'down'): string {
  const d = derivation ? names.derivation(derivation) : undefined;
  if (!d) return '';
  const account = d.account ? ` · ${text(d.account)} account` : '';
  const sure = d.confidence !== 'established' ? ` · ${confidence(st, d.confidence)}` : '';
  const merged = direction === 'down' && d.from.length > 1 ? ` (a merge of ${d.from.map(text).join(' + ')})` : '';
  return `${direction === 'up' ? `→ ${text(d.to)} ` : ''}by ${d.methods.map(text).join(' + ')}${onOutputsOf(d)}${merged}${account}${sure}`;
}

