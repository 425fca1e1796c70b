/**
 * The conclusions `impact` compares: every model's level for every capability, every claim's
 * grade, and where each capability first appears. Computed once per view and diffed.
 */
import { compareIds } from '../graph/collections.js';
import { createInference } from '../graph/infer-levels.js';
import type { Graph } from '../graph/types.js';
import { confidenceRank, levelRank, type ConcludedLevel, type Confidence } from '../kb/scales.js';
import { capabilityOrigins } from './capability-origins.js';
import type { ImpactChange, ImpactState } from './types.js';

type Subject = ImpactChange['subject'];
interface Entry {
  kind: ImpactChange['kind'];
  subject: Subject;
  state: ImpactState;
}

/** Every conclusion of `graph`, keyed so that the same conclusion in another view has the same key. */
export function collectConclusions(graph: Graph): Map<string, Entry> {
  const out = new Map<string, Entry>();
  for (const capability of graph.capabilities.keys()) {
    // One inference per capability, dropped when done: kept for all, its conclusions were 1 GB at 10k models.
    const inference = createInference(graph);
    for (const model of graph.models.keys()) {
      const c = inference.conclude(model, capability);
      if (c.level !== 'unknown') out.set(`level\0${model}\0${capability}`, { kind: 'level', subject: { model, capability }, state: { level: c.level, confidence: c.confidence, credits: [] } });
    }
    for (const o of capabilityOrigins(graph, inference, capability).sites) {
      const state = { level: null, confidence: o.confidence, credits: [...o.credits].sort() };
      out.set(`origin\0${capability}\0${o.derivation}`, { kind: 'origin', subject: { capability, derivation: o.derivation }, state });
    }
  }
  for (const claim of graph.kb.claims) out.set(`grade\0${claim.id}`, { kind: 'grade', subject: { claim: claim.id }, state: { level: null, confidence: claim.confidence, credits: [] } });
  return out;
}

/** What differs between two sets of conclusions, most affected first. */
export function diffConclusions(before: Map<string, Entry>, after: Map<string, Entry>): ImpactChange[] {
  const changes: ImpactChange[] = [];
  for (const key of new Set([...before.keys(), ...after.keys()])) {
    const a = before.get(key);
    const b = after.get(key);
    const entry = (a ?? b)!;
    if (a && b && sameState(a.state, b.state)) continue;
    const shift = { level: levelShift(a?.state.level ?? null, b?.state.level ?? null), confidence: confidenceShift(a?.state.confidence ?? null, b?.state.confidence ?? null) };
    changes.push({ kind: entry.kind, subject: entry.subject, before: a?.state ?? null, after: b?.state ?? null, shift });
  }
  return changes.sort(byImpact);
}

function sameState(a: ImpactState, b: ImpactState): boolean {
  return a.level === b.level && a.confidence === b.confidence && a.credits.join() === b.credits.join();
}

/** Signed steps on the level scale; a level that becomes unknown falls below `none`. */
function levelShift(a: ConcludedLevel | null, b: ConcludedLevel | null): number {
  const rank = (l: ConcludedLevel | null) => (l === null || l === 'unknown' ? -1 : levelRank(l));
  return a === null && b === null ? 0 : rank(b) - rank(a);
}

/** Signed steps on the confidence scale (positive = surer); a conclusion that goes falls below `open`. */
function confidenceShift(a: Confidence | null, b: Confidence | null): number {
  const rank = (c: Confidence | null) => (c === null ? 5 : confidenceRank(c));
  return rank(a) - rank(b);
}

const KIND_ORDER: Record<ImpactChange['kind'], number> = { level: 0, origin: 1, grade: 2 };

/** Level moves weigh more than confidence moves; then kind, then subject ids, so the order is stable. */
function byImpact(x: ImpactChange, y: ImpactChange): number {
  const weight = (c: ImpactChange) => 10 * Math.abs(c.shift.level) + Math.abs(c.shift.confidence) + (c.before === null || c.after === null ? 5 : 0);
  return weight(y) - weight(x) || KIND_ORDER[x.kind] - KIND_ORDER[y.kind] || compareIds(subjectKey(x), subjectKey(y));
}

function subjectKey(c: ImpactChange): string {
  return [c.subject.capability, c.subject.model, c.subject.derivation, c.subject.claim].filter(Boolean).join('\0');
}
