/**
 * One knowledge file parsed by either path, as the schema check needs it: its data and a way to
 * find positions. `parseYaml` (the `yaml` package) knows every node's position; the fast path
 * (`parseYamlFast`) only each entity's, which is all a file without problems needs.
 */
import { isMap } from 'yaml';
import { locate, type PathPosition } from './locate.js';
import type { FastParsed } from './parse-yaml-fast.js';
import type { ParsedYaml } from './parse-yaml.js';

export interface ParsedFile {
  data: unknown;
  /** Whether the document's root is a mapping (a file is a mapping of sections). */
  rootIsMap: boolean;
  /** Position of `path`, or with `key` of that key under it; the nearest known position otherwise. */
  locate(path: ReadonlyArray<PropertyKey>, key?: string): PathPosition;
}

export function fromDocument({ doc, lineCounter }: Required<Pick<ParsedYaml, 'doc' | 'lineCounter'>>): ParsedFile {
  return { data: doc.toJS({ maxAliasCount: 0 }), rootIsMap: isMap(doc.contents), locate: (path, key) => locate(doc, lineCounter, path, key) };
}

const FILE_START: PathPosition = { line: 1, column: 1 };

export function fromFast({ data, entityPositions }: FastParsed): ParsedFile {
  return {
    data,
    rootIsMap: true, // the fast path takes nothing else
    locate(path) {
      let node: unknown = data;
      for (const segment of path) node = node !== null && typeof node === 'object' ? (node as Record<PropertyKey, unknown>)[segment] : undefined;
      return (node !== null && typeof node === 'object' ? entityPositions.get(node) : undefined) ?? FILE_START;
    },
  };
}
