/** Reviews in a view: their evidence joins the claim's, and the latest one in force sets its grade. */
import { hasStrongSupport } from '../../kb/evidence-strength.js';
import { confidenceRank } from '../../kb/scales.js';
import type { Claim, Evidence, Review } from '../../kb/types.js';
import { compareIds, push } from '../collections.js';
import { withKeptSources } from './prune.js';
import type { Regrade } from './types.js';

export interface ReviewedClaims {
  /** Later evidence for each claim, from every review whose sources exist in the view. */
  laterEvidence: Map<string, Evidence[]>;
  /** Reviews in force: dated by the view's day, with evidence left, and their claim kept. */
  inForce: Review[];
}

/** Index the reviews a view keeps: `inForceBy(date)` says whether a review's day has come. */
export function reviewClaims(reviews: readonly Review[], sources: Set<string>, inForceBy: (date: string) => boolean): ReviewedClaims {
  const laterEvidence = new Map<string, Evidence[]>();
  const inForce: Review[] = [];
  const ordered = [...reviews].sort((a, b) => compareIds(a.date, b.date) || compareIds(a.id, b.id));
  for (const review of ordered) {
    const evidence = withKeptSources(review.evidence, sources) ?? [];
    if (evidence.length === 0) continue;
    for (const ev of evidence) push(laterEvidence, review.claim, ev);
    if (inForceBy(review.date)) inForce.push({ ...review, evidence });
  }
  return { laterEvidence, inForce };
}

/**
 * The grade of `claim` once the reviews in force are applied, oldest first: a review that lowers
 * or keeps the grade always applies; one that raises it only while it keeps strong support.
 */
export function regradeClaim(claim: Claim, inForce: readonly Review[]): { claim: Claim; regrade?: Regrade } {
  let regrade: Regrade | undefined;
  for (const review of inForce) {
    if (review.claim !== claim.id || review.confidence === undefined) continue;
    const raises = confidenceRank(review.confidence) < confidenceRank(claim.confidence);
    if (raises && !hasStrongSupport(review.evidence ?? [])) continue;
    regrade = { claim: claim.id, review: review.id, date: review.date, from: claim.confidence, to: review.confidence };
  }
  return regrade ? { claim: { ...claim, confidence: regrade.to }, regrade } : { claim };
}
