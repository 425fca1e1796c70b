/** Claim, question and erratum indexes, so inference never scans every claim. */
import type { Claim, Erratum, Kb, Question } from '../kb/types.js';
import { compareIds, key, push } from './collections.js';
import type { CauseClaim, Graph } from './types.js';

type ClaimIndexes = Pick<
  Graph,
  'exhibits' | 'byDerivation' | 'byMethod' | 'claimed' | 'byCapability' | 'claimsAbout' | 'questionsAbout' | 'errataAbout'
>;

/** Index claims by (model, capability), (derivation, capability), (method, capability) and subject. */
export function indexClaims(kb: Kb): ClaimIndexes {
  const idx: ClaimIndexes = {
    exhibits: new Map(),
    byDerivation: new Map(),
    byMethod: new Map(),
    claimed: new Map(),
    byCapability: new Map(),
    claimsAbout: new Map(),
    questionsAbout: new Map(),
    errataAbout: new Map(),
  };
  const claims = [...kb.claims].sort((a, b) => compareIds(a.id, b.id));
  for (const claim of claims) {
    push(idx.byCapability, claim.capability, claim);
    for (const subject of subjectsOf(claim)) push(idx.claimsAbout, subject, claim);
    if (claim.kind === 'exhibits') {
      push(idx.exhibits, key(claim.model, claim.capability), claim);
      mark(idx, claim.model, claim.capability);
    } else indexCause(idx, claim);
  }
  for (const q of kb.questions) for (const id of new Set(q.about)) push<string, Question>(idx.questionsAbout, id, q);
  for (const e of kb.errata) for (const id of new Set(e.about)) push<string, Erratum>(idx.errataAbout, id, e);
  return idx;
}

function indexCause(idx: ClaimIndexes, claim: CauseClaim): void {
  if (claim.derivation) push(idx.byDerivation, key(claim.derivation, claim.capability), claim);
  else if (claim.method) push(idx.byMethod, key(claim.method, claim.capability), claim);
  const on = claim.derivation ?? claim.method;
  if (on) mark(idx, on, claim.capability);
}

function mark(idx: ClaimIndexes, id: string, capability: string): void {
  const caps = idx.claimed.get(id);
  if (caps) caps.add(capability);
  else idx.claimed.set(id, new Set([capability]));
}

/** Whether any claim about `capability` is indexed at `id` (a model, derivation or method). */
export function isClaimed(graph: Pick<Graph, 'claimed'>, id: string, capability: string): boolean {
  return graph.claimed.get(id)?.has(capability) === true;
}

function subjectsOf(claim: Claim): Set<string> {
  const ids = [claim.capability, claim.model];
  if (claim.kind !== 'exhibits') ids.push(claim.method, claim.derivation, claim.tradedFor);
  return new Set(ids.filter((id): id is string => id !== undefined));
}
