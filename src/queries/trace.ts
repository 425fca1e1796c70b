/** `trace CAP [--model M]`: where a capability first appears, on what evidence, and what later steps did to it. */
import { ancestorsOf } from '../graph/ancestry.js';
import { compareIds } from '../graph/collections.js';
import { meetsConfidence } from '../graph/confidence.js';
import { createInference, type Inference } from '../graph/infer-levels.js';
import { allPaths, shortestPath, type PathStep, type PickInput } from '../graph/paths.js';
import type { Graph } from '../graph/types.js';
import { isAbove, levelRank, type Confidence } from '../kb/scales.js';
import { createStepClassifier } from './classify-step.js';
import { dictionaries } from './dictionaries.js';
import { competingClaims, competingDerivations, generalisations, originSites, traceQuestions } from './trace-parts.js';
import type { HiddenItem, TraceLine, TraceResult, TraceStep } from './types.js';
import { assumptionsOf, capabilityRef, modelLevel, questionView } from './views.js';
import { laterChanges } from './later-changes.js';

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
  const { capability: cap, model, minConfidence: floor } = args;
  const inference = createInference(graph);
  // With a model, only its ancestry is looked at, so only that is concluded (8,500 of 100k models).
  const within = model ? ancestorsOf(graph, model) : undefined;
  const order = within ? graph.order.filter((m) => within.has(m)) : graph.order;
  const classify = createStepClassifier(graph, inference, cap, order);
  const byRank = (a: string, b: string) => (graph.rank.get(a) ?? 0) - (graph.rank.get(b) ?? 0) || compareIds(a, b);

  const conclusions = order.map((m) => modelLevel(inference.conclude(m, cap)));
  const holders = conclusions.filter((c) => isAbove(c.level));
  const targets = model ? [model] : leaves(graph, new Set(holders.map((h) => h.model)));
  const { lines, truncated } = traceLines(graph, inference, cap, targets, args.allPaths === true, classify);

  // With a model, look only along its lines; without, at every derivation in the knowledge base.
  const onLines = uniqueSteps(lines.flatMap((l) => l.steps));
  const steps = model ? onLines : [...graph.derivations.keys()].map((id) => classify(id, null));
  const lineModels = new Set(lines.flatMap((l) => [l.target, ...l.steps.map((s) => s.to)]));
  const shown = model ? conclusions.filter((c) => lineModels.has(c.model)) : holders;
  const models = shown.filter((c) => meetsConfidence(c.confidence, floor));
  // Where it appears along an account nobody follows is told under competing accounts, not here.
  // The sites are where the steps and the chains of every model (hidden ones too) say it appeared:
  // a credit whose site the floor hides must be hidden with it, not come back as a rival.
  const appears = steps.filter((s) => s.change === 'appears' && s.followed);
  const origins = originSites(graph, inference, cap, appears, shown, floor);
  const later = steps
    // A change the summary table marks is a step too, even where the levels alone show none.
    .filter((s) => CHANGES_THAT_COUNT.has(s.change) || s.claims.some((id) => isEffect(graph, id)) || (s.change !== 'appears' && /^[+−-]+$/.test(s.mark ?? '')))
    .sort((a, b) => byRank(a.to, b.to) || compareIds(a.derivation, b.derivation));
  const laterSteps = later.filter((s) => meetsConfidence(s.confidence, floor)).map((s) => ({ ...s, claims: s.claims.filter((id) => claimMeets(graph, id, floor)) }));

  const credited = new Set(origins.sites.flatMap((s) => s.credits));
  const allCompeting = competingClaims(graph, cap, origins.credited, model ? [...lineModels].flatMap((m) => (graph.into.get(m) ?? []).map((d) => d.id)) : undefined).filter((id) => !credited.has(id));
  const competing = allCompeting.filter((id) => claimMeets(graph, id, floor));
  const questions = traceQuestions(graph, cap, [...credited, ...competing], origins.sites.map((s) => s.derivation));
  const general = generalisations(graph, cap, steps.map((s) => s.derivation)).filter((g) => meetsConfidence(g.confidence, floor));
  const hiddenItems: HiddenItem[] = [
    ...origins.hidden,
    ...later.filter((s) => !meetsConfidence(s.confidence, floor)).map((s) => ({ kind: 'step' as const, id: s.derivation, confidence: s.confidence })),
  ];
  const hiddenClaims = [...later.flatMap((s) => s.claims), ...allCompeting].filter((id) => !claimMeets(graph, id, floor));
  const rivals = competingDerivations(graph, inference, cap, model ? [...lineModels] : models.map((m) => m.model));
  const claimIds = [...credited, ...competing, ...laterSteps.flatMap((s) => s.claims), ...models.flatMap((m) => (m.claim ? [m.claim] : [])), ...general.map((g) => g.claim)];
  return {
    kind: 'trace',
    capability: capabilityRef(graph.capabilities.get(cap)!),
    model: model ?? null,
    allPaths: args.allPaths === true,
    minConfidence: floor ?? null,
    models,
    origins: origins.sites,
    lines,
    meetsAt: meetingPoint(lines, byRank),
    laterSteps,
    competingDerivations: rivals,
    competingClaims: competing,
    generalisations: general,
    assumptions: assumptionsOf(models),
    questions: questions.map(questionView),
    hidden: new Set(hiddenClaims).size + (shown.length - models.length) + hiddenItems.length,
    hiddenItems,
    truncated,
    later: laterChanges(graph, claimIds),
    ...dictionaries(
      graph,
      { models: lineModels, derivations: [...onLines.map((s) => s.derivation), ...origins.sites.map((s) => s.derivation), ...laterSteps.map((s) => s.derivation), ...rivals.flatMap((c) => c.options.map((o) => o.derivation))], claims: claimIds },
      questions,
    ),
  };
}

function traceLines(
  graph: Graph,
  inference: Inference,
  cap: string,
  targets: string[],
  every: boolean,
  classify: (derivation: string, from: string | null) => TraceStep,
): { lines: TraceLine[]; truncated: boolean } {
  const pick = mergeInput(graph, inference, cap);
  let truncated = false;
  const lines: TraceLine[] = [];
  for (const target of targets) {
    const found = every ? allPaths(graph, target, 100, pick) : { paths: [shortestPath(graph, target, (m) => inference.conclude(m, cap).via, pick)], truncated: false };
    truncated ||= found.truncated;
    for (const path of found.paths) lines.push({ target, steps: path.map((s: PathStep) => classify(s.derivation, s.from)) });
  }
  return { lines, truncated };
}

/** A merge's line continues through the input its level is carried from, else its highest-level input. */
function mergeInput(graph: Graph, inference: Inference, cap: string): PickInput {
  return (d) => {
    const carried = inference.conclude(d.to, cap).edges.find((e) => e.derivation === d.id)?.from;
    if (carried) return carried;
    const inputs = (d.from ?? []).filter((p) => graph.models.has(p)).sort(compareIds);
    const rank = (m: string) => levelRank(inference.conclude(m, cap).level);
    return inputs.reduce<string | null>((best, m) => (best === null || rank(m) > rank(best) ? m : best), null);
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
