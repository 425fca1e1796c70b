/** Confidence arithmetic: the weakest of several, and whether one meets a floor. */
import { confidenceRank, type Confidence } from '../kb/scales.js';

/** The weakest of some confidences, ignoring missing ones; null when there are none. */
export function weakest(values: Iterable<Confidence | null | undefined>): Confidence | null {
  let result: Confidence | null = null;
  for (const v of values) if (v && (result === null || confidenceRank(v) > confidenceRank(result))) result = v;
  return result;
}

/** True when `value` is at least as strong as `floor` (always true without a floor). */
export function meetsConfidence(value: Confidence | null, floor: Confidence | undefined): boolean {
  if (!floor) return true;
  return value !== null && confidenceRank(value) <= confidenceRank(floor);
}

/** The strongest of some confidences, ignoring missing ones; null when there are none. */
export function strongest(values: Iterable<Confidence | null | undefined>): Confidence | null {
  let result: Confidence | null = null;
  for (const v of values) if (v && (result === null || confidenceRank(v) < confidenceRank(result))) result = v;
  return result;
}
