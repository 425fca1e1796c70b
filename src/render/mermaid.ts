/** The Mermaid renderer: a flowchart of any drawable result's GraphView, one subgraph per series. */
import { isDrawable, toGraphView } from '../queries/graph-view.js';
import type { GraphEdge, GraphNode, GraphView, QueryResult } from '../queries/types.js';
import { caption, drawnSteps, groupsOf, UNCERTAIN } from './draw-steps.js';
import { escapeMermaid } from './escape-mermaid.js';

/** A `flowchart TD` whose node ids are positional (m0, m1…) because Mermaid ids cannot hold every KB id. */
export function renderMermaid(result: QueryResult): string {
  if (!isDrawable(result)) throw new Error(`mermaid cannot draw a ${result.kind} result`);
  return drawMermaid(toGraphView(result));
}

/** Draw a GraphView as Mermaid. */
export function drawMermaid(view: GraphView): string {
  const idOf = new Map(view.nodes.map((n, i) => [n.id, `m${i}`]));
  const node = (n: GraphNode) => `${idOf.get(n.id)}["${nodeLabel(n)}"]`;
  const lines = ['flowchart TD', `  %% ${label(view.title)}`];
  groupsOf(view).forEach((g, i) => {
    lines.push(`  subgraph g${i}["${label(g)}"]`, ...view.nodes.filter((n) => n.group === g).map((n) => `    ${node(n)}`), '  end');
  });
  lines.push(...view.nodes.filter((n) => n.group === null).map((n) => `  ${node(n)}`));
  drawnSteps(view).forEach(({ edge, inputs }, i) => {
    const arrow = UNCERTAIN.has(edge.confidence) ? '-.->' : '-->';
    const to = idOf.get(edge.to)!;
    const text = `|"${label(edgeLabel(edge))}"|`;
    if (inputs.length === 0) lines.push(`  s${i}(("start"))`, `  s${i} ${arrow}${text} ${to}`);
    else if (inputs.length === 1) lines.push(`  ${idOf.get(inputs[0]!)} ${arrow}${text} ${to}`);
    // A merge: every input flows into one step, which produces the model.
    else lines.push(`  j${i}{{"${label(edgeLabel(edge))}"}}`, ...inputs.map((p) => `  ${idOf.get(p)} ${arrow} j${i}`), `  j${i} ${arrow} ${to}`);
  });
  // A teacher's outputs, not its weights: a dotted arrow with no step of its own.
  for (const t of view.teachings) lines.push(`  ${idOf.get(t.from)} -. "teaches" .-> ${idOf.get(t.to)}`);
  const focus = view.nodes.filter((n) => n.focus).map((n) => idOf.get(n.id));
  if (focus.length > 0) lines.push('  classDef focus stroke-width:3px', `  class ${focus.join(',')} focus`);
  return `${lines.join('\n')}\n`;
}

/** What an edge says: its methods, account, confidence when not settled, and what it did to the capability. */
export function edgeLabel(e: GraphEdge): string {
  const notes = [e.account, e.confidence === 'established' ? null : e.confidence, e.change && e.change !== 'unchanged' ? e.change : null];
  const extra = notes.filter((x) => x !== null).join(', ');
  return extra ? `${e.label} (${extra})` : e.label;
}

function nodeLabel(n: GraphNode): string {
  const { name, id } = caption(n);
  return `<b>${label(name)}</b>${id === null ? '' : `<br/>${label(id)}`}${n.level ? `<br/><i>${n.level}</i>` : ''}`;
}

function label(s: string): string {
  return escapeMermaid(s);
}
