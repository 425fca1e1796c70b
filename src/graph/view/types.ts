/** A filtered view of the knowledge: what was known on a day, or everything but one entity. */
import type { Confidence } from '../../kb/scales.js';
import type { Kb } from '../../kb/types.js';

export interface ViewOptions {
  /** Keep only what existed by this day (YYYY-MM-DD): models released, sources published, reviews in force. */
  asOf?: string;
  /** Answer as if this source, method, claim or review had never been written. */
  without?: string;
}

/** A claim whose grade a review changed in this view. */
export interface Regrade {
  claim: string;
  review: string;
  /** The day the review took effect. */
  date: string;
  /** The claim's own grade (its authors'), and the one in force in this view. */
  from: Confidence;
  to: Confidence;
}

export interface KnowledgeView {
  kb: Kb;
  asOf?: string;
  without?: string;
  /** Grades moved by reviews in force, by claim id. */
  regrades: Regrade[];
}
