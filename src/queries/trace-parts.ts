/** Pieces of a trace: origin sites and their credits, competing accounts, the questions that bear on it. */
import { orderKey } from '../kb/dates.js';
import { compareIds, push } from '../graph/collections.js';
import { meetsConfidence, strongest, weakest } from '../graph/confidence.js';
import { GENERALISATION_CAP } from '../graph/assumptions.js';
import { claimsOnDerivation, scopedClaims } from '../graph/claim-scope.js';
import type { Inference } from '../graph/infer-levels.js';
import type { Graph } from '../graph/types.js';
import type { Confidence } from '../kb/scales.js';
import type { Derivation, Question } from '../kb/types.js';
import type { CompetingDerivations, Generalisation, HiddenItem, ModelLevel, OriginSite, TraceStep } from './types.js';

/** Each derivation where the capability first appears, what credits it, and the sites --min-confidence hid. */
export function originSites(
  graph: Graph,
  inference: Inference,
  cap: string,
  appears: TraceStep[],
  models: ModelLevel[],
  floor: Confidence | undefined,
): { sites: OriginSite[]; hidden: HiddenItem[]; credited: Set<string> } {
  const chains = models.flatMap((m) => (m.appearsAt ? [m.appearsAt] : []));
  const ids = new Set([...appears.map((s) => s.derivation), ...chains]);
  const all = [...ids]
    .map((id) => graph.derivations.get(id)!)
    .sort((a, b) => (graph.rank.get(a.to) ?? 0) - (graph.rank.get(b.to) ?? 0) || compareIds(a.id, b.id))
    .map((d) => site(graph, inference, cap, d, models, floor));
  // Under --min-confidence, a first appearance resting on weaker ground is hidden, and said to be: never replaced.
  return {
    sites: all.filter((s) => meetsConfidence(s.confidence, floor)),
    hidden: all.filter((s) => !meetsConfidence(s.confidence, floor)).map((s) => ({ kind: 'origin' as const, id: s.derivation, confidence: s.confidence })),
    // Every credit, hidden sites' too: a hidden credit must not come back as a competing hypothesis.
    credited: new Set([...ids].flatMap((id) => claimsOnDerivation(graph, graph.derivations.get(id)!, cap).filter((c) => c.kind === 'origin').map((c) => c.id))),
  };
}

function site(graph: Graph, inference: Inference, cap: string, d: Derivation, models: ModelLevel[], floor: Confidence | undefined): OriginSite {
  const credits = claimsOnDerivation(graph, d, cap).filter((c) => c.kind === 'origin');
  const cells = [d.to, ...(d.from ?? []).filter((p) => graph.models.has(p))].map((m) => inference.conclude(m, cap).confidence);
  // Credits are alternative explanations: the best-supported one counts, capped by the edge and the levels it rests on.
  const credit = credits.length > 0 ? strongest(credits.map((c) => c.confidence)) : null;
  return {
    derivation: d.id,
    credits: credits.filter((c) => meetsConfidence(c.confidence, floor)).map((c) => c.id),
    unexplained: credits.length === 0,
    models: models.filter((m) => m.appearsAt === d.id).map((m) => m.model),
    confidence: weakest([d.confidence, ...cells, credit]),
    since: stepDate(graph, d),
  };
}

/** The day a step is ordered by: its own date, else its model's release. */
function stepDate(graph: Graph, d: Derivation): string | null {
  const date = d.date ?? graph.models.get(d.to)?.released;
  return date ? orderKey(date) : null;
}

/** Method claims for the capability that the knowledge does not apply on these derivations, each with where it would. */
export function generalisations(graph: Graph, cap: string, derivations: Iterable<string>): Generalisation[] {
  const where = new Map<string, string[]>();
  for (const id of derivations) for (const c of scopedClaims(graph, graph.derivations.get(id)!, cap).generalised) push(where, c.id, id);
  return [...where.entries()]
    .sort(([a], [b]) => compareIds(a, b))
    .map(([id, ds]) => ({ claim: id, derivations: ds.sort(compareIds), confidence: weakest([claimConfidence(graph, id), GENERALISATION_CAP])! }));
}

function claimConfidence(graph: Graph, id: string): Confidence | null {
  const e = graph.byId.get(id);
  return e?.kind === 'claim' ? e.value.confidence : null;
}

/** Origin claims for the capability that credit elsewhere, and claims linked to the credits by `competesWith`. */
export function competingClaims(graph: Graph, cap: string, credited: Set<string>, onLines?: readonly string[]): string[] {
  const ids = new Set<string>();
  // Along one model's lines, an origin claim about steps elsewhere is no rival: it explains another model.
  const near = onLines ? claimsNear(graph, cap, onLines) : undefined;
  for (const c of graph.byCapability.get(cap) ?? []) {
    if (credited.has(c.id)) {
      for (const other of c.competesWith ?? []) if (!credited.has(other) && graph.byId.get(other)?.kind === 'claim') ids.add(other);
    } else if ((c.competesWith ?? []).some((o) => credited.has(o)) || (c.kind === 'origin' && (!near || near.has(c.id)))) {
      ids.add(c.id);
    }
  }
  return [...ids].sort(compareIds);
}

/** Ids of the claims for `cap` that act on, or would generalise to, any of `derivations`. */
function claimsNear(graph: Graph, cap: string, derivations: readonly string[]): Set<string> {
  const near = new Set<string>();
  for (const id of derivations) {
    const d = graph.derivations.get(id);
    if (!d) continue;
    const { applied, generalised } = scopedClaims(graph, d, cap);
    for (const c of [...applied, ...generalised]) near.add(c.id);
  }
  return near;
}

/** Every model among `models` produced by more than one derivation, with each account's outcome. */
export function competingDerivations(graph: Graph, inference: Inference, cap: string, models: string[]): CompetingDerivations[] {
  const out: CompetingDerivations[] = [];
  for (const model of [...new Set(models)].sort(compareIds)) {
    const into = graph.into.get(model) ?? [];
    if (into.length < 2) continue;
    const c = inference.conclude(model, cap);
    out.push({
      model,
      // The account inheritance follows first, the others by derivation id.
      options: c.edges
        .map((e) => {
          const d = graph.derivations.get(e.derivation)!;
          return { derivation: d.id, account: d.account ?? null, confidence: d.confidence, level: e.level, followed: c.via === d.id };
        })
        .sort((a, b) => Number(b.followed) - Number(a.followed) || compareIds(a.derivation, b.derivation)),
    });
  }
  return out;
}

/** Open questions about the capability, the claims shown, or the derivations where it appears (and their targets). */
export function traceQuestions(graph: Graph, cap: string, claims: string[], sites: string[]): Question[] {
  const about = [cap, ...claims, ...sites, ...sites.map((id) => graph.derivations.get(id)?.to ?? '')];
  const found = new Map<string, Question>();
  for (const id of about) for (const q of graph.questionsAbout.get(id) ?? []) found.set(q.id, q);
  return [...found.values()].sort((a, b) => compareIds(a.id, b.id));
}
