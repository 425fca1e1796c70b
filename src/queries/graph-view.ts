/** Project graph-shaped results (trace, lineage, diff, tree, the whole lineage) to one GraphView for mermaid and dot. */
import { compareIds } from '../graph/collections.js';
import type { Graph } from '../graph/types.js';
import type { ConcludedLevel } from '../kb/scales.js';
import type { Change, DerivationView, GraphEdge, GraphResult, GraphView, ModelRef, QueryResult } from './types.js';
import { derivationView, modelRef } from './views.js';

/** Results that can be drawn. */
export type DrawableResult = Extract<QueryResult, { kind: 'trace' | 'lineage' | 'diff' | 'tree' | 'graph' }>;

/** Whether a result can be drawn as a graph. */
export function isDrawable(result: QueryResult): result is DrawableResult {
  return ['trace', 'lineage', 'diff', 'tree', 'graph'].includes(result.kind);
}

/** The whole lineage: every model and derivation. */
export function lineageGraph(graph: Graph): GraphResult {
  const models = graph.order.map((id) => modelRef(graph.models.get(id)!));
  const derivations = [...graph.derivations.values()].sort((a, b) => compareIds(a.id, b.id)).map(derivationView);
  return { kind: 'graph', ...project('lineage', models, derivations, new Map(), new Map(), new Set()) };
}

/** The picture of a drawable result. */
export function toGraphView(result: DrawableResult): GraphView {
  switch (result.kind) {
    case 'graph':
      return { title: result.title, nodes: result.nodes, edges: result.edges, teachings: result.teachings };
    case 'trace': {
      const levels = new Map(result.models.map((m) => [m.model, m.level]));
      const steps = [...result.lines.flatMap((l) => l.steps), ...result.laterSteps];
      const changes = new Map(steps.map((s) => [s.derivation, s.change]));
      const focus = new Set(result.model ? [result.model] : []);
      return project(`trace ${result.capability.id}${result.model ? ` on ${result.model}` : ''}`, result.modelRefs, result.derivations, levels, changes, focus);
    }
    case 'lineage':
      return project(`lineage of ${result.model}`, result.modelRefs, result.derivations, new Map(), new Map(), new Set([result.model]));
    case 'diff':
      return project(`diff ${result.a} ${result.b}`, result.modelRefs, result.derivations, new Map(), new Map(), new Set([result.a, result.b]));
    case 'tree':
      return project('evolution tree', result.modelRefs, result.derivations, new Map(), new Map(), new Set());
  }
}

function project(
  title: string,
  models: ModelRef[],
  derivations: DerivationView[],
  levels: Map<string, ConcludedLevel>,
  changes: Map<string, Change>,
  focus: Set<string>,
): GraphView {
  const known = new Set(models.map((m) => m.id));
  return {
    title,
    nodes: models.map((m) => ({ id: m.id, label: m.name, group: m.series, level: levels.get(m.id) ?? null, focus: focus.has(m.id) })),
    edges: derivations.flatMap<GraphEdge>((d) => {
      const base = { id: d.id, to: d.to, label: d.methods.join(' + '), account: d.account, confidence: d.confidence, change: changes.get(d.id) ?? null };
      const from = d.from.filter((p) => known.has(p));
      return from.length === 0 ? [{ ...base, from: null }] : from.map((p) => ({ ...base, from: p }));
    }),
    teachings: derivations.flatMap((d) => d.teachers.filter((t) => known.has(t)).map((t) => ({ id: d.id, from: t, to: d.to }))),
  };
}
