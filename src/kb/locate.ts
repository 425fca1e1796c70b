/** Turn a path inside a parsed document into line:column, pointing at the closest node that exists. */
import { isMap, isPair, isScalar, isSeq, type Document, type LineCounter, type Node } from 'yaml';

export interface PathPosition {
  line: number;
  column: number;
}

/** A parsed file: what `locate` needs. */
export interface LocatableDoc {
  doc: Document.Parsed;
  lineCounter: LineCounter;
}

/**
 * Position of `path` in `doc`. With `key`, point at the key of the last segment (for unknown
 * keys); a missing segment points at the nearest existing ancestor.
 */
export function locate(doc: Document.Parsed, lineCounter: LineCounter, path: ReadonlyArray<PropertyKey>, key?: string): PathPosition {
  let node: unknown = doc.contents;
  const last = key === undefined ? path.length : path.length + 1;
  for (let i = 0; i < last; i++) {
    const segment = i < path.length ? path[i]! : key!;
    const next = child(node, segment, i === path.length);
    if (next === undefined) break;
    node = next;
  }
  const offset = (node as Node | null)?.range?.[0] ?? 0;
  const { line, col } = lineCounter.linePos(offset);
  return { line, column: col };
}

/**
 * A locator for one file that outlives its document: the document is parsed again (once) the
 * first time a position is asked for. Semantic rules ask only when they report an issue, so a
 * valid knowledge base never holds every file's document in memory at once.
 */
export function lazyLocator(reparse: () => LocatableDoc | undefined): (path: ReadonlyArray<PropertyKey>) => PathPosition | undefined {
  let parsed: LocatableDoc | undefined | null = null;
  return (path) => {
    if (parsed === null) parsed = reparse();
    return parsed ? locate(parsed.doc, parsed.lineCounter, path) : undefined;
  };
}

/** The property name a scalar key becomes in JavaScript (a null key `~:` becomes ""). */
function jsKey(value: unknown): string {
  return value === null || value === undefined ? '' : String(value);
}

function child(node: unknown, segment: PropertyKey, wantKey: boolean): unknown {
  if (isSeq(node) && typeof segment === 'number') return node.items[segment] ?? undefined;
  if (isMap(node)) {
    const name = String(segment);
    const pair =
      node.items.find((p) => isPair(p) && isScalar(p.key) && jsKey(p.key.value) === name) ??
      // A collection key (`? [a, b]`) becomes an unknown key with a stringified name: point at the first one.
      (wantKey ? node.items.find((p) => isPair(p) && p.key !== null && !isScalar(p.key)) : undefined);
    if (!pair) return undefined;
    return wantKey ? pair.key : (pair.value ?? pair.key);
  }
  return undefined;
}
