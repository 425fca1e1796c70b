/**
 * The assumptions inference adds to the knowledge, each with the cap it puts on what rests on it.
 * A conclusion that uses one is marked with its id and graded no higher than its cap.
 */
import type { Confidence } from '../kb/scales.js';

export const ASSUMPTION_IDS = ['abilities-persist', 'recipe-keeps-abilities'] as const;
export type AssumptionId = (typeof ASSUMPTION_IDS)[number];

/** One assumption of the walk, named once in any output that rests on it. */
export interface Assumption {
  id: AssumptionId;
  statement: string;
  /** No conclusion resting on the assumption is graded above this. */
  cap: Confidence;
}

export const ASSUMPTIONS: Record<AssumptionId, Assumption> = {
  'abilities-persist': {
    id: 'abilities-persist',
    statement: 'A model keeps the level of its parent unless a claim says the step changed it.',
    cap: 'likely',
  },
  // A recipe reuses its inputs' training methods, not their weights: a weaker reason to expect the same abilities.
  'recipe-keeps-abilities': {
    id: 'recipe-keeps-abilities',
    statement: "A model built by combining other models' recipes keeps the best level any of its inputs had, unless a claim says otherwise.",
    cap: 'hypothesis',
  },
};

/** The assumption a level carried along `d` rests on: a recipe reuses methods, not weights. */
export function carryAssumption(d: { basis?: string }): AssumptionId {
  return d.basis === 'recipe' ? 'recipe-keeps-abilities' : 'abilities-persist';
}

/** A claim applied beyond the derivations its evidence is about is a generalisation, never graded above this. */
export const GENERALISATION_CAP: Confidence = 'speculative';
