/** `matrix`: models × capabilities with their levels, marked like the article's summary table. */
import { meetsConfidence } from '../graph/confidence.js';
import { createInference, followedDerivation, type Inference } from '../graph/infer-levels.js';
import { familyOrder } from '../graph/family-order.js';
import type { Graph } from '../graph/types.js';
import { isAbove, type Confidence } from '../kb/scales.js';
import type { MatrixCell, MatrixResult, MatrixRow } from './types.js';
import { assumptionsOf, capabilityRef, modelLevel } from './views.js';

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
  const cells: MatrixCell[] = [];
  let hidden = 0;
  for (const m of models)
    for (const cap of caps) {
      const c = inference.conclude(m, cap);
      if (!meetsConfidence(c.confidence, args.minConfidence) && c.level !== 'unknown') {
        hidden++;
        continue;
      }
      cells.push({ ...modelLevel(c), mark: tableMark(graph, c.claim) });
    }
  return {
    kind: 'matrix',
    rows,
    capabilities: caps.map((c) => capabilityRef(graph.capabilities.get(c)!)),
    cells,
    assumptions: assumptionsOf(cells),
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
  return c.basis === 'explicit' || isAbove(c.level);
}

/** The summary table's mark, when the cell's level is a claim that carries one; inferred cells have none. */
function tableMark(graph: Graph, claimId: string | null): string | null {
  const claim = claimId ? graph.byId.get(claimId) : undefined;
  return claim?.kind === 'claim' && claim.value.kind === 'exhibits' ? (claim.value.notation ?? null) : null;
}
