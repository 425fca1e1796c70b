/**
 * Parse one knowledge file's YAML safely: depth is measured on the CST before composing
 * (a second deeply nested document aborts Node inside the composer), aliases and unknown
 * tags are refused, and every problem keeps its position. Only YAML 1.2 with the core schema:
 * a `%YAML 1.1` directive would silently turn `yes` into true, `33:40` into 2020 and `<<` into
 * a merge, so any directive other than `%YAML 1.2` is refused before composing.
 */
import { Composer, isScalar, Lexer, LineCounter, Parser, visit, type Document, type Scalar, type YAMLMap } from 'yaml';
import type { CST } from 'yaml';
import { issue, type IssueCode, type KbIssue } from './issues.js';
import { shorten } from './shorten.js';

/** Knowledge is a few levels deep; anything past this is broken or hostile. */
export const MAX_DEPTH = 64;

/**
 * Lexical tokens per file the yaml package reads (the fast path, parse-yaml-fast.ts, stops at as
 * many nodes, and sends a file with a problem here, where it is refused). A knowledge file has a few thousand (the largest bundled one ~4,000;
 * 300,000 is about 2,500 flow-style derivations). The yaml package needs ~0.3 KB and ~1 µs per
 * token, so 8 MB of tiny tokens would take gigabytes and tens of seconds; at this cap the worst
 * file measured (every reference dangling) validates in ~1.5 s. Counted while lexing, so
 * refusing costs almost nothing.
 */
export const MAX_TOKENS = 300_000;

export interface ParsedYaml {
  doc?: Document.Parsed;
  lineCounter: LineCounter;
  issues: KbIssue[];
}

const YAML_OPTIONS = {
  version: '1.2',
  schema: 'core',
  merge: false, // `<<` is an ordinary key (and so an unknown one), never a merge that hides a repeated key
  uniqueKeys: false, // checked in findDuplicateKeys: the package's own check is quadratic (20,000 keys: 14 s)
  resolveKnownTags: false, // !!binary, !!timestamp, !!set stay unresolved and are reported
  strict: true,
  prettyErrors: false,
  logLevel: 'silent',
} as const;

export function parseYaml(text: string, file: string): ParsedYaml {
  const lineCounter = new LineCounter();
  const at = (offset: number) => {
    const { line, col } = lineCounter.linePos(offset);
    return { file, line, column: col };
  };
  const cst = buildCst(text, lineCounter);
  if ('refused' in cst) return { lineCounter, issues: [issue(cst.refused, REFUSALS[cst.refused], at(cst.offset))] };
  const { tokens } = cst;
  const directive = findForeignDirective(tokens);
  if (directive) return { lineCounter, issues: [issue(directive.code, directive.message, at(directive.offset))] };
  const deep = findTooDeep(tokens);
  if (deep !== undefined) return { lineCounter, issues: [issue('YAML_TOO_DEEP', REFUSALS.YAML_TOO_DEEP, at(deep))] };
  const docs = [...new Composer(YAML_OPTIONS).compose(tokens, true, text.length)];
  const issues: KbIssue[] = [];
  const doc = docs[0];
  if (docs.length > 1) issues.push(issue('YAML_MULTI_DOCUMENT', 'a knowledge file holds one YAML document; remove the `---` separator or split the file', at(docs[1]!.range[0])));
  for (const d of docs.slice(0, 1)) {
    for (const e of d.errors) issues.push(issue(codeOf(e.code), yamlMessage(e.code, e.message), at(e.pos[0])));
    for (const w of d.warnings) issues.push(issue(codeOf(w.code), yamlMessage(w.code, w.message), at(w.pos[0])));
    // The yaml package cannot turn a node whose anchor holds a space or control character into
    // data (it throws while naming a collection key), so such an anchor is reported here.
    const anchored = (node: { anchor?: string; range?: [number, number, number] | null }) => {
      if (node.anchor !== undefined && BAD_ANCHOR.test(node.anchor)) issues.push(issue('YAML_SYNTAX', 'an anchor name (&name) may not hold spaces, control characters or brackets; remove the anchor', at(node.range?.[0] ?? 0)));
    };
    visit(d, {
      Alias(_, node) {
        issues.push(issue('YAML_ALIAS', 'YAML aliases (*name) are not allowed in knowledge files; write the value out', at(node.range?.[0] ?? 0)));
      },
      Map(_, map) {
        anchored(map);
        for (const key of findDuplicateKeys(map)) {
          issues.push(issue('YAML_DUPLICATE_KEY', `key \`${shorten(String(key.value))}\` appears twice in one mapping; each key may appear once`, at(key.range?.[0] ?? 0)));
        }
      },
      Seq: (_, seq) => anchored(seq),
      Scalar: (_, scalar) => anchored(scalar),
    });
  }
  return { doc: issues.length === 0 ? doc : undefined, lineCounter, issues };
}

/** What the yaml package refuses in an anchor name when it writes one (yaml/dist/doc/anchors.js). */
const BAD_ANCHOR = /[\x00-\x19\s,[\]{}]/;

// Digits grouped by hand: toLocaleString starts ICU's number formatting, ~5 ms of every validation.
const REFUSALS = {
  FILE_TOO_LARGE: `the file holds more than ${String(MAX_TOKENS).replace(/\B(?=(\d{3})+$)/g, ',')} YAML tokens; knowledge files need a few thousand — split it into several files`,
  YAML_TOO_DEEP: `nesting is deeper than ${MAX_DEPTH} levels; knowledge files need only a few`,
} as const;

type Cst = { tokens: CST.Token[] } | { refused: keyof typeof REFUSALS; offset: number };

/**
 * The CST, built one lexical token at a time so that hostile input stops early: too many tokens,
 * or a parser stack far deeper than MAX_DEPTH (100,000 levels stop after ~130 tokens).
 */
function buildCst(text: string, lineCounter: LineCounter): Cst {
  const parser = new Parser(lineCounter.addNewLine);
  lineCounter.addNewLine(0); // what Parser.parse() does before the first token
  const tokens: CST.Token[] = [];
  let count = 0;
  for (const lexeme of new Lexer().lex(text)) {
    if (++count > MAX_TOKENS) return { refused: 'FILE_TOO_LARGE', offset: parser.offset };
    for (const token of parser.next(lexeme)) tokens.push(token);
    // The stack holds about one entry per level; findTooDeep below makes the exact check.
    if (parser.stack.length > 2 * MAX_DEPTH) return { refused: 'YAML_TOO_DEEP', offset: parser.offset };
  }
  for (const token of parser.end()) tokens.push(token);
  return { tokens };
}

/** Keys that repeat an earlier key of the same mapping, in linear time. `1` and `"1"` count as the same key: in JavaScript they are. */
function findDuplicateKeys(map: YAMLMap): Scalar[] {
  const seen = new Set<string>();
  const repeated: Scalar[] = [];
  for (const pair of map.items) {
    if (!isScalar(pair.key)) continue;
    const name = pair.key.value === null ? '' : String(pair.key.value);
    if (seen.has(name)) repeated.push(pair.key);
    seen.add(name);
  }
  return repeated;
}

function codeOf(yamlCode: string): IssueCode {
  if (yamlCode === 'TAB_AS_INDENT') return 'YAML_TAB_INDENT';
  if (yamlCode === 'TAG_RESOLVE_FAILED' || yamlCode === 'BAD_DIRECTIVE') return 'YAML_TAG';
  return 'YAML_SYNTAX';
}

function yamlMessage(code: string, message: string): string {
  const first = message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '');
  if (code === 'TAG_RESOLVE_FAILED') return `${first}; knowledge files use plain YAML values, without tags such as !!js/function`;
  if (code === 'TAB_AS_INDENT') return 'tabs are not allowed for indentation in YAML; indent with spaces';
  return first;
}

/** The first directive other than `%YAML 1.2`: another version switches typing rules, `%TAG` renames tags. */
function findForeignDirective(tokens: CST.Token[]): { code: IssueCode; message: string; offset: number } | undefined {
  for (const token of tokens) {
    if (token.type !== 'directive' || /^%YAML[ \t]+1\.2$/.test(token.source)) continue;
    const version = /^%YAML\b/.test(token.source);
    const message = version
      ? `\`${shorten(token.source)}\` is not allowed: knowledge files are YAML 1.2 (where \`yes\` is a string and \`<<\` an ordinary key); remove the directive`
      : `the directive \`${shorten(token.source)}\` is not allowed in knowledge files; remove it (tags are not used)`;
    return { code: version ? 'YAML_VERSION' : 'YAML_TAG', message, offset: token.offset };
  }
  return undefined;
}

/** Offset of the first collection nested deeper than MAX_DEPTH, walking the CST with an explicit stack. */
function findTooDeep(tokens: CST.Token[]): number | undefined {
  const stack: Array<[CST.Token | undefined, number]> = tokens.map((t) => [t, 0]);
  while (stack.length > 0) {
    const [token, depth] = stack.pop()!;
    if (!token) continue;
    if (depth > MAX_DEPTH) return 'offset' in token ? token.offset : 0;
    if (token.type === 'document') stack.push([token.value, depth]);
    else if (token.type === 'block-map' || token.type === 'block-seq' || token.type === 'flow-collection') {
      for (const item of token.items) {
        if ('key' in item) stack.push([item.key ?? undefined, depth + 1]);
        stack.push([item.value, depth + 1]);
      }
    }
  }
  return undefined;
}
