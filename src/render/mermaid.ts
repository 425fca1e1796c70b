/** The Mermaid renderer: a flowchart of any drawable result's GraphView. */
import { isDrawable, toGraphView } from '../queries/graph-view.js';
import type { GraphEdge, GraphView, QueryResult } from '../queries/types.js';
import { sanitizeLine } from './sanitize.js';

const UNCERTAIN = new Set(['hypothesis', 'speculative', 'open']);

/** A `flowchart TD` whose node ids are positional (m0, m1…) because Mermaid ids cannot hold every KB id. */
export function renderMermaid(result: QueryResult): string {
  if (!isDrawable(result)) throw new Error(`mermaid cannot draw a ${result.kind} result`);
  return drawMermaid(toGraphView(result));
}

/** Draw a GraphView as Mermaid. */
export function drawMermaid(view: GraphView): string {
  const idOf = new Map(view.nodes.map((n, i) => [n.id, `m${i}`]));
  const lines = ['flowchart TD', `  %% ${label(view.title)}`];
  for (const n of view.nodes) {
    const level = n.level ? `<br/><i>${n.level}</i>` : '';
    lines.push(`  ${idOf.get(n.id)}["<b>${label(n.id)}</b><br/>${label(n.label)}${level}"]`);
  }
  view.edges.forEach((e, i) => {
    const to = idOf.get(e.to);
    if (!to) return;
    const from = e.from === null ? `s${i}` : idOf.get(e.from);
    if (e.from === null) lines.push(`  s${i}(("start"))`);
    if (from) lines.push(`  ${from} ${UNCERTAIN.has(e.confidence) ? '-.->' : '-->'}|"${label(edgeLabel(e))}"| ${to}`);
  });
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

function label(s: string): string {
  return sanitizeLine(s).replace(/"/g, '#quot;').replace(/</g, '#lt;').replace(/>/g, '#gt;');
}
