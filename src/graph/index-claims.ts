/** Claim, question and erratum indexes, so inference never scans every claim. */
import type { Claim, Erratum, Kb, Question } from '../kb/types.js';
import { defineLazy } from '../kb/lazy.js';
import { key, push, sortedById } from './collections.js';
import type { CauseClaim, Graph } from './types.js';

type ClaimIndexes = Pick<Graph, 'exhibits' | 'byDerivation' | 'byMethod' | 'claimed' | 'byCapability'>;

/** Index claims by (model, capability), (derivation, capability), (method, capability) and capability. */
export function indexClaims(kb: Kb): ClaimIndexes {
  const idx: ClaimIndexes = { exhibits: new Map(), byDerivation: new Map(), byMethod: new Map(), claimed: new Map(), byCapability: new Map() };
  for (const claim of sortedById(kb.claims)) {
    push(idx.byCapability, claim.capability, claim);
    if (claim.kind === 'exhibits') {
      push(idx.exhibits, key(claim.model, claim.capability), claim);
      mark(idx, claim.model, claim.capability);
    } else indexCause(idx, claim);
  }
  return idx;
}

/** Claims, questions and errata by the entities they are about, built on first use (inference never reads them). */
export function defineSubjectIndexes(graph: Graph, kb: Kb): void {
  defineLazy(graph, 'claimsAbout', () => {
    const about = new Map<string, Claim[]>();
    for (const claim of sortedById(kb.claims)) for (const subject of subjectsOf(claim)) push(about, subject, claim);
    return about;
  });
  defineLazy(graph, 'questionsAbout', () => {
    const about = new Map<string, Question[]>();
    for (const q of kb.questions) for (const id of new Set(q.about)) push(about, id, q);
    return about;
  });
  defineLazy(graph, 'errataAbout', () => {
    const about = new Map<string, Erratum[]>();
    for (const e of kb.errata) for (const id of new Set(e.about)) push(about, id, e);
    return about;
  });
}

function indexCause(idx: ClaimIndexes, claim: CauseClaim): void {
  if (claim.derivation) push(idx.byDerivation, key(claim.derivation, claim.capability), claim);
  else if (claim.method) push(idx.byMethod, key(claim.method, claim.capability), claim);
  const on = claim.derivation ?? claim.method;
  if (on) mark(idx, on, claim.capability);
}

function mark(idx: ClaimIndexes, id: string, capability: string): void {
  const ids = idx.claimed.get(capability);
  if (ids) ids.add(id);
  else idx.claimed.set(capability, new Set([id]));
}

/** Whether any claim about `capability` is indexed at `id` (a model, derivation or method). */
export function isClaimed(graph: Pick<Graph, 'claimed'>, id: string, capability: string): boolean {
  return graph.claimed.get(capability)?.has(id) === true;
}

function subjectsOf(claim: Claim): Set<string> {
  const ids = [claim.capability, claim.model];
  if (claim.kind !== 'exhibits') ids.push(claim.method, claim.derivation, claim.tradedFor);
  return new Set(ids.filter((id): id is string => id !== undefined));
}
