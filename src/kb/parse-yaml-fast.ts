/**
 * The fast path for reading a knowledge file: js-yaml, which parses knowledge files about 15×
 * faster than the `yaml` package (a generated 10k-model pack, 15 MB: 0.48 s against 7.3 s for
 * `YAML.parse`). It keeps no positions but each entity's, so it takes only plain YAML that
 * parses without a problem; anything else — a directive, tag, anchor or alias, a `__proto__`
 * key, a collection or null as a key, deep nesting, a syntax error, or a construct the two
 * parsers read differently — makes it decline (return undefined), and the file goes through
 * `parseYaml`, which refuses or reports with line and column. The loader also sends a file there
 * when its entities have a schema problem, so every message comes from one parser. Whatever is
 * accepted here has the values `parseYaml` gives (plain scalars are typed by a copy of the yaml
 * package's core schema; tests/kb/parse-yaml-fast.test.ts compares the two on every bundled and
 * test file and on random YAML-like text).
 */
import { load, type LoadOptions, type State } from 'js-yaml';
import { CORE_SCHEMA } from './yaml-core-types.js';
import { MAX_DEPTH, MAX_TOKENS } from './parse-yaml.js';
import type { PathPosition } from './locate.js';

export interface FastParsed {
  /** The root mapping. */
  data: object;
  /** Position of each entity (a mapping two levels below the root: `section: [ {…} ]`). */
  entityPositions: Map<object, PathPosition>;
}

/** What the listener reads of js-yaml 4.3's state beyond its published types. */
interface ParserState extends State {
  depth: number;
  anchorMap: Record<string, unknown>;
}

/**
 * Text that only the slow path may read: what needs its messages, and what the two parsers read
 * differently (each found by the random-text test in tests/kb/parse-yaml-fast.test.ts, then
 * declined). One pass over the text.
 */
const DECLINED_TEXT = new RegExp(
  [
    /^%/, // a directive
    /(?:^|[\s[\]{},])!/, // a tag
    /__proto__/, // a key that would reach a prototype
    /\t|\r(?!\n)|\ufeff/, // a tab, a carriage return alone, a byte-order mark
    /^---[ ]*[^ \r\n]|^\.\.\./, // text after `---` on its line; a document end marker
    /[|>](?:[-+]?[0-9]|[0-9]?\+|[0-9]-)[ ]*(?:#.*)?\r?$/, // a block scalar's indentation indicator or `+` chomping
    /[[\]{},"']#/, // a comment run into a quote, bracket or comma
  ]
    .map((part) => part.source)
    .join('|'),
  'm',
);

export function parseYamlFast(text: string): FastParsed | undefined {
  if (DECLINED_TEXT.test(text)) return undefined;
  const collections = new Set<object>();
  const entityPositions = new Map<object, PathPosition>();
  const opened: Array<PathPosition & { offset: number }> = [];
  let last: ParserState | undefined;
  let multiLineFlow = false;
  let nodes = 0;
  let data: unknown;
  try {
    const options: LoadOptions & { maxDepth: number } = {
      schema: CORE_SCHEMA,
      maxDepth: MAX_DEPTH,
      listener(event, published) {
        const state = (last = published as ParserState);
        if (event === 'open') {
          // More nodes than parseYaml takes tokens (each node is at least one): stop, and let it refuse.
          if (++nodes > MAX_TOKENS) throw new RangeError('too many nodes');
          opened.push({ line: state.line + 1, column: state.position - state.lineStart + 1, offset: state.position });
          return;
        }
        const start = opened.pop()!;
        const result: unknown = state.result;
        if (state.line + 1 > start.line && typeof result !== 'number') multiLineFlow ||= isMultiLineFlow(state.input, start.offset, state.position);
        if (result === null || typeof result !== 'object') return;
        collections.add(result);
        if (state.depth === 3 && !Array.isArray(result)) entityPositions.set(result, { line: start.line, column: start.column });
      },
    };
    data = load(text, options);
  } catch {
    return undefined; // a syntax error, a duplicate key, too deep: parseYaml says where
  }
  // js-yaml lets the next line of a quoted scalar or flow collection start less indented than
  // YAML allows; knowledge files keep them on one line.
  if (multiLineFlow) return undefined;
  // An anchor, with or without aliases: parseYaml reports aliases where they are.
  if (last && Object.keys(last.anchorMap).length > 0) return undefined;
  // A file that is not a mapping of sections is reported by parseYaml's path in any case.
  if (data === null || typeof data !== 'object' || Array.isArray(data)) return undefined;
  return isPlainTree(data, collections) ? { data, entityPositions } : undefined;
}

const MAX_KEY_LENGTH = 200;

/**
 * Whether the node js-yaml read between `from` and `to` is a quoted scalar or a flow collection
 * (`[…]`, `{…}`) that spans lines. The node may start after separating space or a comment.
 */
function isMultiLineFlow(input: string, from: number, to: number): boolean {
  let at = from;
  for (;;) {
    const c = input[at];
    if (c === ' ' || c === '\n' || c === '\r') at++;
    else if (c === '#') {
      const end = input.indexOf('\n', at); // a comment runs to its line's end
      at = end === -1 ? to : end;
    } else break;
    if (at >= to) return false;
  }
  const first = input[at];
  if (first !== '"' && first !== "'" && first !== '[' && first !== '{') return false;
  const lineBreak = /[\n\r]/g;
  lineBreak.lastIndex = at;
  const found = lineBreak.exec(input);
  return found !== null && found.index < to;
}

/**
 * Whether `data` is a tree in which every collection js-yaml built is a value (none was used as
 * a key, where it would be turned into a string), no key was null, nothing is reached twice,
 * no list item is empty, and nothing nests deeper than parseYaml allows.
 */
function isPlainTree(data: unknown, collections: Set<object>): boolean {
  const seen = new Set<object>();
  const stack: Array<[unknown, number]> = [[data, 0]];
  while (stack.length > 0) {
    const [value, depth] = stack.pop()!;
    if (value === null || typeof value !== 'object') continue;
    if (seen.has(value) || depth >= MAX_DEPTH) return false;
    seen.add(value);
    if (Array.isArray(value)) {
      // js-yaml reads empty items (`-` alone) at an indentation YAML does not allow; no list in a
      // knowledge file holds an empty item.
      if (value.includes(null)) return false;
      for (const item of value) stack.push([item, depth + 1]);
      continue;
    }
    for (const key of Object.keys(value)) {
      if (key === 'null') return false; // `~:` is "" in the yaml package, "null" here
      if (key === '__proto__') return false; // written with escapes (`"\x5f_proto__"`), past the text check
      // YAML caps an implicit key at 1,024 characters, which js-yaml does not check; no knowledge
      // key is near this long, even written with escapes (at most 5 characters each).
      if (key.length > MAX_KEY_LENGTH) return false;
      stack.push([(value as Record<string, unknown>)[key], depth + 1]);
    }
  }
  return seen.size === collections.size;
}
