/**
 * Did-you-mean: the closest candidates by edit distance, for mistyped ids, aliases and keys.
 * Work is bounded twice: nothing longer than a name can be is compared, and a budget shared by
 * every suggestion of one run caps the total (3,000 dangling references against 2,000 ids took
 * 101 s before), after which messages simply carry no suggestion.
 */

/** Longer than any id, alias or key can be (see MAX_NAME_LENGTH): such text is not a typo of one. */
const MAX_TYPED = 120;

/** Work units (about one edit-distance cell, ~10 ns) one run may spend on suggestions: well under a second. */
export const SUGGESTION_BUDGET = 50_000_000;

/** What is left to spend; share one between every suggestion of a run. */
export interface SuggestionBudget {
  left: number;
}

/** A budget for one run (validation, or one query's lookup). */
export function suggestionBudget(units = SUGGESTION_BUDGET): SuggestionBudget {
  return { left: units };
}

/**
 * Candidates within an edit distance that scales with the length of what was typed, closest
 * first; then, behind them, candidates that contain what was typed (3+ characters).
 */
export function suggest(typed: string, candidates: Iterable<string>, max = 3, budget = suggestionBudget()): string[] {
  if (typed.length > MAX_TYPED) return [];
  const needle = typed.toLowerCase();
  const limit = Math.max(2, Math.floor(needle.length / 3));
  const scored: Array<[string, number]> = [];
  for (const candidate of candidates) {
    if (candidate.length > MAX_TYPED) continue;
    budget.left -= 1 + (candidate.length >> 3); // lower-casing and scanning it
    if (budget.left < 0) break;
    const near = Math.abs(candidate.length - needle.length) <= limit;
    const mayContain = needle.length >= 3 && candidate.length > needle.length;
    if (!near && !mayContain) continue;
    const hay = candidate.toLowerCase();
    const distance = near ? budgetedDistance(needle, hay, limit, budget) : limit + 1;
    if (distance <= limit) scored.push([candidate, distance]);
    else if (mayContain && hay.includes(needle)) scored.push([candidate, limit + 1]);
  }
  scored.sort((a, b) => a[1] - b[1] || a[0].localeCompare(b[0]));
  return [...new Set(scored.map(([c]) => c))].slice(0, max);
}

/** editDistance, charged to `budget` (beyond `limit` once the budget is spent). */
function budgetedDistance(a: string, b: string, limit: number, budget: SuggestionBudget): number {
  budget.left -= a.length * b.length;
  return budget.left < 0 ? limit + 1 : editDistance(a, b, limit);
}

/** Levenshtein distance, giving up (returning limit + 1) once it must exceed `limit`. */
export function editDistance(a: string, b: string, limit = Infinity): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      const value = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
      current.push(value);
      best = Math.min(best, value);
    }
    if (best > limit) return limit + 1;
    previous = current;
  }
  return previous[b.length]!;
}

/** " Did you mean `x`?" or "" when nothing is close. */
export function didYouMean(typed: string, candidates: Iterable<string>, budget?: SuggestionBudget): string {
  const found = suggest(typed, candidates, 1, budget)[0];
  return found === undefined ? '' : ` Did you mean \`${found}\`?`;
}
