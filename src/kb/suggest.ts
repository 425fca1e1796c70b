/** Did-you-mean: the closest candidates by edit distance, for mistyped ids, aliases and keys. */

/**
 * Candidates within an edit distance that scales with the length of what was typed, closest
 * first; then, behind them, candidates that contain what was typed (3+ characters).
 */
export function suggest(typed: string, candidates: Iterable<string>, max = 3): string[] {
  const needle = typed.toLowerCase();
  const limit = Math.max(2, Math.floor(needle.length / 3));
  const scored: Array<[string, number]> = [];
  for (const candidate of candidates) {
    const hay = candidate.toLowerCase();
    const distance = editDistance(needle, hay, limit);
    if (distance <= limit) scored.push([candidate, distance]);
    else if (needle.length >= 3 && hay.includes(needle)) scored.push([candidate, limit + 1]);
  }
  scored.sort((a, b) => a[1] - b[1] || a[0].localeCompare(b[0]));
  return [...new Set(scored.map(([c]) => c))].slice(0, max);
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
export function didYouMean(typed: string, candidates: Iterable<string>): string {
  const found = suggest(typed, candidates, 1)[0];
  return found === undefined ? '' : ` Did you mean \`${found}\`?`;
}
