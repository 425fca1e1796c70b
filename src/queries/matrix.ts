/** `matrix`: models × capabilities with their levels, marked like the article's summary table. */
import { meetsConfidence } from '../graph/confidence.js';
import { createInference, followedDerivation, type Inference } from '../graph/infer-levels.js';
import { familyOrder } from '../graph/family-order.js';
import type { Graph } from '../graph/types.js';
import { levelRank, type Confidence, type Level } from '../kb/scales.js';
import type { MatrixCell, MatrixResult, MatrixRow } from './types.js';
import { capabilityRef, modelLevel } from './views.js';

/** Which models and capabilities (default: all with something to show), and the confidence floor. */
export interface MatrixArgs {
  models?: string[];
  capabilities?: string[];
  minConfidence?: Confidence;
}

/** Levels of the chosen models (default all, lineage order) for the chosen capabilities (default those with anything to show). */
export function capabilityMatrix(graph: Graph, args: MatrixArgs): MatrixResult {
  const inference = createInference(graph);
  const models = args.models ?? familyOrder(graph);
  const caps = args.capabilities ?? graph.kb.capabilities.map((c) => c.id).filter((c) => models.some((m) => shows(inference, m, c)));
  const rows: MatrixRow[] = models.map((id) => {
    const m = graph.models.get(id)!;
    const via = followedDerivation(graph, id);
    return { id, name: m.name, series: m.series ?? null, via: via?.id ?? null, methods: via?.methods ?? [] };
  });
  const cells: MatrixCell[] = [];
  let hidden = 0;
  for (const m of models)
    for (const cap of caps) {
      const c = inference.conclude(m, cap);
      if (!meetsConfidence(c.confidence, args.minConfidence) && c.level !== null) {
        hidden++;
        continue;
      }
      cells.push({ ...modelLevel(c), mark: markOf(graph, inference, m, cap) });
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

function shows(inference: Inference, model: string, cap: string): boolean {
  const c = inference.conclude(model, cap);
  return c.basis === 'explicit' || (c.level !== null && c.level !== 'none');
}

/** The claim's own mark, else the change from the parents along the derivation followed. */
function markOf(graph: Graph, inference: Inference, model: string, cap: string): string | null {
  const c = inference.conclude(model, cap);
  if (c.claim) {
    const claim = graph.byId.get(c.claim);
    if (claim?.kind === 'claim' && claim.value.kind === 'exhibits' && claim.value.notation) return claim.value.notation;
  }
  if (c.level === null) return null;
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
