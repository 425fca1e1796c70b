/** `matrix`: models × capabilities with their levels, marked like the article's summary table. */
import { meetsConfidence } from '../graph/confidence.js';
import { createInference, followedDerivation, type Inference } from '../graph/infer-levels.js';
import { familyOrder } from '../graph/family-order.js';
import type { Graph } from '../graph/types.js';
import { levelRank, type Confidence, type Level } from '../kb/scales.js';
import type { MatrixCell, MatrixResult, MatrixRow } from './types.js';
import { capabilityRef, modelLevel } from './views.js';

/** Which models and capabilities, whether to show every model, and the confidence floor. */
export interface MatrixArgs {
  models?: string[];
  capabilities?: string[];
  all?: boolean;
  minConfidence?: Confidence;
}

/**
 * Levels of the chosen models for the chosen capabilities. By default the rows are the models
 * the knowledge marks with a summary table's notation (every model when none is marked, or with
 * `all`), in lineage order, and the columns the abilities with anything to show; limitations
 * appear when asked for by name.
 */
export function capabilityMatrix(graph: Graph, args: MatrixArgs): MatrixResult {
  const inference = createInference(graph);
  const models = args.models ?? defaultModels(graph, args.all === true);
  const abilities = graph.kb.capabilities.filter((c) => c.kind === 'ability').map((c) => c.id);
  const caps = args.capabilities ?? abilities.filter((c) => models.some((m) => shows(inference, m, c)));
  const approximatedBy = approximations(graph);
  const rows: MatrixRow[] = models.map((id) => {
    const m = graph.models.get(id)!;
    const via = followedDerivation(graph, id);
    return { id, name: m.name, series: m.series ?? null, via: via?.id ?? null, methods: via?.methods ?? [], approximatedBy: approximatedBy.get(id) ?? [] };
  });
  const marked = markedModels(graph);
  const cells: MatrixCell[] = [];
  let hidden = 0;
  for (const m of models)
    for (const cap of caps) {
      const c = inference.conclude(m, cap);
      if (!meetsConfidence(c.confidence, args.minConfidence) && c.level !== null) {
        hidden++;
        continue;
      }
      cells.push({ ...modelLevel(c), mark: markOf(graph, inference, m, cap, marked.has(m)) });
    }
  return {
    kind: 'matrix',
    rows,
    capabilities: caps.map((c) => capabilityRef(graph.capabilities.get(c)!)),
    cells,
    minConfidence: args.minConfidence ?? null,
    hidden,
  };
}

/** Models with a level marked in a summary table's notation, or every model. */
function defaultModels(graph: Graph, all: boolean): string[] {
  const ordered = familyOrder(graph);
  if (all) return ordered;
  const marked = markedModels(graph);
  return marked.size === 0 ? ordered : ordered.filter((m) => marked.has(m));
}

/** Models with at least one level carrying a summary table's notation. */
function markedModels(graph: Graph): Set<string> {
  return new Set(graph.kb.claims.flatMap((c) => (c.kind === 'exhibits' && c.notation !== undefined ? [c.model] : [])));
}

/** For each model, the open models said to approximate it (the table's last column), sorted. */
function approximations(graph: Graph): Map<string, string[]> {
  const by = new Map<string, string[]>();
  for (const m of graph.kb.models) for (const a of m.approximates ?? []) by.set(a.model, [...(by.get(a.model) ?? []), m.id]);
  for (const list of by.values()) list.sort();
  return by;
}

function shows(inference: Inference, model: string, cap: string): boolean {
  const c = inference.conclude(model, cap);
  return c.basis === 'explicit' || (c.level !== null && c.level !== 'none');
}

/**
 * The claim's own mark; on a row the table marks, nothing else (so the row reads as the table);
 * elsewhere the change from the parents along the derivation followed.
 */
function markOf(graph: Graph, inference: Inference, model: string, cap: string, tableRow: boolean): string | null {
  const c = inference.conclude(model, cap);
  if (c.claim) {
    const claim = graph.byId.get(c.claim);
    if (claim?.kind === 'claim' && claim.value.kind === 'exhibits' && claim.value.notation !== undefined) return claim.value.notation;
  }
  if (c.level === null || tableRow) return null;
  const parents = c.via ? (graph.derivations.get(c.via)!.from ?? []) : [];
  const before = parents.reduce<number>((best, p) => Math.max(best, rank(graph.models.has(p) ? inference.conclude(p, cap).level : null)), 0);
  const after = levelRank(c.level);
  if (after > before) return c.level === 'strong' ? '++' : '+';
  if (after < before) return after === 0 || before - after >= 2 ? '−−' : '−';
  return null;
}

function rank(level: Level | null): number {
  return level === null ? 0 : levelRank(level);
}
