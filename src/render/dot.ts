/** The Graphviz DOT renderer: a digraph of any drawable result's GraphView, one cluster per series. */
import { isDrawable, toGraphView } from '../queries/graph-view.js';
import type { GraphNode, GraphView, QueryResult } from '../queries/types.js';
import { caption, drawnSteps, groupsOf, UNCERTAIN } from './draw-steps.js';
import { edgeLabel } from './mermaid.js';
import { escapeDot as q } from './escape-dot.js';

/** A `digraph`; lines end in "\n" whatever the platform, so output is byte-stable. */
export function renderDot(result: QueryResult): string {
  if (!isDrawable(result)) throw new Error(`dot cannot draw a ${result.kind} result`);
  return drawDot(toGraphView(result));
}

/** Draw a GraphView as DOT. */
export function drawDot(view: GraphView): string {
  const lines = [
    'digraph gptlineage {',
    `  graph [rankdir=TB, labelloc=t, label=${q(view.title)}, fontname="Helvetica"];`,
    '  node [shape=box, style=rounded, fontname="Helvetica"];',
    '  edge [fontname="Helvetica", fontsize=10];',
  ];
  groupsOf(view).forEach((g, i) => {
    lines.push(`  subgraph cluster_${i} {`, `    label=${q(g)};`, '    style=dashed;');
    for (const n of view.nodes.filter((x) => x.group === g)) lines.push(`    ${node(n)}`);
    lines.push('  }');
  });
  for (const n of view.nodes.filter((x) => x.group === null)) lines.push(`  ${node(n)}`);
  drawnSteps(view).forEach(({ edge, inputs }, i) => {
    const style = UNCERTAIN.has(edge.confidence) ? ', style=dashed' : '';
    const labelled = `[label=${q(edgeLabel(edge))}${style}]`;
    if (inputs.length === 1) return lines.push(`  ${q(inputs[0]!)} -> ${q(edge.to)} ${labelled};`);
    // From scratch: a start point; a merge: one step node that every input flows into.
    const step = q(`step ${i}`);
    lines.push(inputs.length === 0 ? `  ${step} [shape=point];` : `  ${step} [shape=hexagon, style="", fontsize=10, label=${q(edgeLabel(edge))}];`);
    lines.push(...inputs.map((p) => `  ${q(p)} -> ${step} [arrowhead=none${style}];`), `  ${step} -> ${q(edge.to)}${inputs.length === 0 ? ` ${labelled}` : style ? ` [${style.slice(2)}]` : ''};`);
  });
  // A teacher's outputs, not its weights: dotted and grey, outside the weight lineage's ranking.
  for (const t of view.teachings) lines.push(`  ${q(t.from)} -> ${q(t.to)} [label="teaches", style=dotted, color=gray40, constraint=false];`);
  lines.push('}');
  return `${lines.join('\n')}\n`;
}

function node(n: GraphNode): string {
  const { name, id } = caption(n);
  const text = [name, ...(id === null ? [] : [id]), ...(n.level ? [`(${n.level})`] : [])].join('\n');
  return `${q(n.id)} [label=${q(text)}${n.focus ? ', penwidth=3' : ''}];`;
}
