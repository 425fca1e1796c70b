/** The Graphviz DOT renderer: a digraph of any drawable result's GraphView, one cluster per series. */
import { isDrawable, toGraphView } from '../queries/graph-view.js';
import type { GraphView, QueryResult } from '../queries/types.js';
import { edgeLabel } from './mermaid.js';
import { sanitizeLine } from './sanitize.js';

const UNCERTAIN = new Set(['hypothesis', 'speculative', 'open']);

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
  const groups = [...new Set(view.nodes.map((n) => n.group).filter((g): g is string => g !== null))];
  const node = (n: GraphView['nodes'][number]) =>
    `${q(n.id)} [label=${q(`${n.id}\n${n.label}${n.level ? `\n(${n.level})` : ''}`)}${n.focus ? ', penwidth=3' : ''}];`;
  groups.forEach((g, i) => {
    lines.push(`  subgraph cluster_${i} {`, `    label=${q(g)};`, '    style=dashed;');
    for (const n of view.nodes.filter((x) => x.group === g)) lines.push(`    ${node(n)}`);
    lines.push('  }');
  });
  for (const n of view.nodes.filter((x) => x.group === null)) lines.push(`  ${node(n)}`);
  const known = new Set(view.nodes.map((n) => n.id));
  view.edges.forEach((e, i) => {
    if (!known.has(e.to)) return;
    const style = UNCERTAIN.has(e.confidence) ? ', style=dashed' : '';
    if (e.from === null) lines.push(`  ${q(`start ${i}`)} [shape=point];`);
    lines.push(`  ${q(e.from ?? `start ${i}`)} -> ${q(e.to)} [label=${q(edgeLabel(e))}${style}];`);
  });
  lines.push('}');
  return `${lines.join('\n')}\n`;
}

/** A DOT double-quoted string. */
function q(s: string): string {
  return `"${sanitizeLine(s.replace(/\n/g, '\u0000')).replace(/\\x00/g, '\n').replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\n/g, '\\n')}"`;
}
