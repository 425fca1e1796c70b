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

export { defineLazy } from '../kb/lazy.js';
