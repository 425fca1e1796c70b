/** `trace CAP [--model M]`: where a capability first appears, on what evidence, and what later steps did to it. */
import { compareIds } from '../graph/collections.js';
import { meetsConfidence } from '../graph/confidence.js';
import { createInference } from '../graph/infer-levels.js';
import { allPaths, shortestPath, type PathStep } from '../graph/paths.js';
import type { Graph } from '../graph/types.js';
import type { Confidence } from '../kb/scales.js';
import { createStepClassifier } from './classify-step.js';
import { dictionaries } from './dictionaries.js';
import { competingClaims, competingDerivations, originSites, traceQuestions } from './trace-parts.js';
import type { TraceLine, TraceResult, TraceStep } from './types.js';
import { capabilityRef, modelLevel, questionView } from './views.js';

/** The capability, optionally one model, whether to list every path, and the confidence floor. */
export interface TraceArgs {
  capability: string;
  model?: string;
  allPaths?: boolean;
  minConfidence?: Confidence;
}

const CHANGES_THAT_COUNT = new Set(['raised', 'weakened', 'lost', 'restored']);

/** Trace one capability along one model's lineage, or along every model that has it. */
export function traceCapability(graph: Graph, args: TraceArgs): TraceResult {
  const { capability: cap, model } = args;
  const inference = createInference(graph);
  const classify = createStepClassifier(graph, inference, cap);
  const byRank = (a: string, b: string) => (graph.rank.get(a) ?? 0) - (graph.rank.get(b) ?? 0) || compareIds(a, b);

  const conclusions = graph.order.map((m) => modelLevel(inference.conclude(m, cap)));
  const holders = conclusions.filter((c) => c.level !== null && c.level !== 'none');
  const targets = model ? [model] : leaves(graph, new Set(holders.map((h) => h.model)));
  let truncated = false;
  const lines: TraceLine[] = [];
  for (const target of targets) {
    const found = args.allPaths ? allPaths(graph, target) : { paths: [shortestPath(graph, target, (m) => inference.conclude(m, cap).via)], truncated: false };
    truncated ||= found.truncated;
    for (const path of found.paths) lines.push({ target, steps: path.map((s: PathStep) => classify(s.derivation, s.from)) });
  }

  // With a model, look only along its lines; without, at every derivation in the knowledge base.
  const onLines = uniqueSteps(lines.flatMap((l) => l.steps));
  const steps = model ? onLines : [...graph.derivations.keys()].map((id) => classify(id, null));
  const lineModels = new Set(lines.flatMap((l) => [l.target, ...l.steps.map((s) => s.to)]));
  const shown = model ? conclusions.filter((c) => lineModels.has(c.model)) : holders;
  const models = shown.filter((c) => meetsConfidence(c.confidence, args.minConfidence));
  // Where it appears along an account nobody follows is told under competing accounts, not here.
  // With a model, the sites are those on its line; without, also wherever a holder's chain says it appeared.
  const sites = originSites(graph, cap, steps.filter((s) => s.change === 'appears' && s.followed), models, { floor: args.minConfidence, fromChains: !model });
  const later = steps
    .filter((s) => CHANGES_THAT_COUNT.has(s.change) || s.claims.some((id) => isEffect(graph, id)))
    .sort((a, b) => byRank(a.to, b.to) || compareIds(a.derivation, b.derivation));
  const laterSteps = later.map((s) => ({ ...s, claims: s.claims.filter((id) => claimMeets(graph, id, args.minConfidence)) }));

  const credited = new Set(sites.flatMap((s) => s.credits));
  const competing = competingClaims(graph, cap, credited).filter((id) => claimMeets(graph, id, args.minConfidence));
  const questions = traceQuestions(graph, cap, [...credited, ...competing], sites.map((s) => s.derivation));
  const hiddenClaims = [...later.flatMap((s) => s.claims), ...competingClaims(graph, cap, credited)].filter((id) => !claimMeets(graph, id, args.minConfidence));
  const claimIds = [...credited, ...competing, ...laterSteps.flatMap((s) => s.claims), ...models.flatMap((m) => (m.claim ? [m.claim] : []))];
  return {
    kind: 'trace',
    capability: capabilityRef(graph.capabilities.get(cap)!),
    model: model ?? null,
    allPaths: args.allPaths === true,
    minConfidence: args.minConfidence ?? null,
    models,
    origins: sites,
    lines,
    meetsAt: meetingPoint(lines, byRank),
    laterSteps,
    competingDerivations: competingDerivations(graph, inference, cap, model ? [...lineModels] : models.map((m) => m.model)),
    competingClaims: competing,
    questions: questions.map(questionView),
    hidden: new Set(hiddenClaims).size + (shown.length - models.length),
    truncated,
    ...dictionaries(
      graph,
      { models: lineModels, derivations: [...onLines.map((s) => s.derivation), ...sites.map((s) => s.derivation), ...laterSteps.map((s) => s.derivation)], claims: claimIds },
      questions,
    ),
  };
}

/** Models holding the capability none of whose children hold it: where the lines end. */
function leaves(graph: Graph, holders: Set<string>): string[] {
  return [...holders].filter((m) => !(graph.outOf.get(m) ?? []).some((d) => holders.has(d.to)));
}

function uniqueSteps(steps: TraceStep[]): TraceStep[] {
  const seen = new Map<string, TraceStep>();
  for (const s of steps) if (!seen.has(s.derivation)) seen.set(s.derivation, s);
  return [...seen.values()];
}

/** The latest model (in lineage order) that every line passes through. */
function meetingPoint(lines: TraceLine[], byRank: (a: string, b: string) => number): string | null {
  if (lines.length === 0) return null;
  const sets = lines.map((l) => new Set([l.target, ...l.steps.flatMap((s) => (s.from ? [s.from, s.to] : [s.to]))]));
  const common = [...sets[0]!].filter((m) => sets.every((s) => s.has(m)));
  return common.sort(byRank).at(-1) ?? null;
}

function isEffect(graph: Graph, id: string): boolean {
  const e = graph.byId.get(id);
  return e?.kind === 'claim' && e.value.kind === 'effect';
}

function claimMeets(graph: Graph, id: string, floor: Confidence | undefined): boolean {
  const e = graph.byId.get(id);
  return e?.kind === 'claim' && meetsConfidence(e.value.confidence, floor);
}

