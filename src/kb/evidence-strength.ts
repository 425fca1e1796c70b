/** How strong a list of evidence is: shared by the validator and by the views that re-grade claims. */
import { WEAK_EVIDENCE_KINDS } from './scales.js';
import type { Evidence } from './types.js';

/** Whether some item supports the claim with more than argument or anecdote: what raising a grade needs. */
export function hasStrongSupport(evidence: readonly Evidence[]): boolean {
  return evidence.some((ev) => ev.stance === 'supports' && !WEAK_EVIDENCE_KINDS.includes(ev.kind));
}
