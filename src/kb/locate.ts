/** Turn a path inside a parsed document into line:column, pointing at the closest node that exists. */
import { isMap, isPair, isScalar, isSeq, type Document, type LineCounter, type Node } from 'yaml';

export interface PathPosition {
  line: number;
  column: number;
}

/**
 * Position of `path` in `doc`. With `key`, point at the key of the last segment (for unknown
 * keys); a missing segment points at the nearest existing ancestor.
 */
export function locate(doc: Document.Parsed, lineCounter: LineCounter, path: ReadonlyArray<PropertyKey>, key?: string): PathPosition {
  let node: unknown = doc.contents;
  for (const segment of key === undefined ? path : [...path, key]) {
    const next = child(node, segment, segment === key);
    if (next === undefined) break;
    node = next;
  }
  const offset = (node as Node | null)?.range?.[0] ?? 0;
  const { line, col } = lineCounter.linePos(offset);
  return { line, column: col };
}

function child(node: unknown, segment: PropertyKey, wantKey: boolean): unknown {
  if (isSeq(node) && typeof segment === 'number') return node.items[segment] ?? undefined;
  if (isMap(node)) {
    const pair = node.items.find((p) => isPair(p) && String(isScalar(p.key) ? p.key.value : p.key) === String(segment));
    if (!pair) return undefined;
    return wantKey ? pair.key : (pair.value ?? pair.key);
  }
  return undefined;
}
