/** Did-you-mean support: Levenshtein distance and the closest names to a mistyped one. */

/** Edit distance between two strings, giving up (returning limit + 1) once it exceeds `limit`. */
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

/** Up to `max` candidates close to `query`: by edit distance, then prefix or substring, then name. */
export function closestNames(query: string, candidates: Iterable<string>, max = 3): string[] {
  const q = query.toLowerCase();
  const limit = Math.max(2, Math.floor(q.length / 3));
  const scored: { name: string; score: number }[] = [];
  for (const name of candidates) {
    const n = name.toLowerCase();
    const distance = editDistance(q, n, limit);
    if (distance <= limit) scored.push({ name, score: distance });
    else if (q.length >= 3 && (n.startsWith(q) || n.includes(q))) scored.push({ name, score: limit + 1 });
  }
  scored.sort((a, b) => a.score - b.score || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  return [...new Set(scored.map((s) => s.name))].slice(0, max);
}
