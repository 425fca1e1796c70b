/** Small helpers for the indexes: grouped maps and a locale-independent id order. */

/** Append to a list kept in a map. */
export function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** Deterministic id order (code-unit order, independent of locale). */
export function compareIds(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** The composite key of two ids. */
export function key(a: string, b: string): string {
  return `${a}\0${b}`;
}

/** `list` in id order; the copy and sort are skipped when it already is (the loader writes sections in id order). */
export function sortedById<T extends { id: string }>(list: readonly T[]): readonly T[] {
  for (let i = 1; i < list.length; i++) if (list[i - 1]!.id > list[i]!.id) return [...list].sort((a, b) => compareIds(a.id, b.id));
  return list;
}
