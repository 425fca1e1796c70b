/** Cases about YAML itself: syntax, tabs, duplicates, aliases, tags, nesting, prototype keys. */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { model, y, type Case } from './case.js';

/** "Billion laughs": nine anchors, each a list of nine aliases of the previous one (9^9 strings if expanded). */
function aliasBomb(): string {
  const lines = ['rb-a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]'];
  for (let i = 1; i < 9; i++) {
    const [prev, name] = [String.fromCharCode(96 + i), String.fromCharCode(97 + i)];
    lines.push(`rb-${name}: &${name} [${Array(9).fill(`*${prev}`).join(',')}]`);
  }
  return y(...lines);
}

const DEPTH = 100_000;

/** `k:` nested `levels` deep as block mappings, ending in a scalar. */
function nestedMaps(levels: number): string {
  return `${Array.from({ length: levels }, (_, i) => `${'  '.repeat(i)}k:`).join('\n')} 1\n`;
}

export const YAML_CASES: Case[] = [
  { name: 'unclosed flow sequence', files: { 'flow.yaml': y('models:', '  - { id: rb-a, name: [unclosed }') }, exit: 3, codes: ['YAML_SYNTAX'], at: { file: 'flow.yaml', line: 2, column: 33 } },
  { name: 'unclosed double quote', files: { 'quote.yaml': y('models:', '  - id: rb-a', '    name: "no end', 'methods: []') }, exit: 3, codes: ['YAML_SYNTAX'], at: { file: 'quote.yaml', line: 5, column: 1 } /* the end of the file, where the quote is missing */ },
  { name: 'bad indentation', files: { 'indent.yaml': y('models:', '  - id: rb-a', '     name: A', '   aliases: []') }, exit: 3, codes: ['YAML_SYNTAX'], at: { file: 'indent.yaml', line: 2, column: 9 } },
  { name: 'a key without a value indicator', files: { 'colon.yaml': y('models:', '  - id rb-a', '    name: A') }, exit: 3, codes: ['YAML_SYNTAX'], at: { file: 'colon.yaml', line: 2, column: 5 } },
  { name: 'tab used for indentation', files: { 'tabs.yaml': y('models:', '  - id: rb-tab', '\tname: Tabbed') }, exit: 3, codes: ['YAML_TAB_INDENT'], at: { file: 'tabs.yaml', line: 3, column: 1 }, query: true },
  { name: 'two YAML documents in one file', files: { 'multi.yaml': y('models:', model('rb-one'), '---', 'methods: []') }, exit: 3, codes: ['YAML_MULTI_DOCUMENT'], at: { file: 'multi.yaml', line: 3, column: 1 } },
  { name: 'duplicate key in an entity', files: { 'dupkey.yaml': y('models:', '  - id: rb-dup', '    name: A', '    name: B') }, exit: 3, codes: ['YAML_DUPLICATE_KEY'], at: { file: 'dupkey.yaml', line: 4, column: 5 }, query: true },
  { name: 'duplicate section', files: { 'dupsec.yaml': y('models: []', 'methods: []', 'models: []') }, exit: 3, codes: ['YAML_DUPLICATE_KEY'], at: { file: 'dupsec.yaml', line: 3, column: 1 } },
  { name: 'alias bomb (billion laughs)', files: { 'bomb.yaml': aliasBomb() }, exit: 3, codes: ['YAML_ALIAS'], at: { file: 'bomb.yaml', line: 2, column: 11 }, query: true },
  { name: 'a single harmless-looking alias', files: { 'alias.yaml': y('models:', '  - id: &x rb-alias', '    name: *x') }, exit: 3, codes: ['YAML_ALIAS'], at: { file: 'alias.yaml', line: 3, column: 11 } },
  {
    name: 'a merge key built on an alias',
    files: { 'merge.yaml': y('models:', '  - &base { id: rb-m1, name: M }', '  - <<: *base', '    id: rb-m2') },
    exit: 3,
    codes: ['YAML_ALIAS'],
    at: { file: 'merge.yaml', line: 3, column: 9 },
    alsoAllowed: ['UNKNOWN_KEY'],
  },
  {
    name: `nesting ${DEPTH.toLocaleString('en')} levels deep in two files, block and flow (two deep documents abort Node inside yaml)`,
    setup: (dir) => {
      writeFileSync(join(dir, 'a-block.yaml'), `${'- '.repeat(DEPTH)}x\n`);
      writeFileSync(join(dir, 'b-flow.yaml'), `${'['.repeat(DEPTH)}${']'.repeat(DEPTH)}\n`);
    },
    exit: 3,
    codes: ['YAML_TOO_DEEP'],
    at: { file: 'a-block.yaml', line: 1, column: 256 } /* refused while parsing, 128 levels in */,
    query: true,
  },
  {
    name: `flow mappings nested ${DEPTH.toLocaleString('en')} levels deep`,
    setup: (dir) => writeFileSync(join(dir, 'maps.yaml'), `${'{a: '.repeat(DEPTH)}1${'}'.repeat(DEPTH)}\n`),
    exit: 3,
    codes: ['YAML_TOO_DEEP'],
    at: { file: 'maps.yaml', line: 1, column: 510 },
  },
  {
    name: 'block mappings nested 65 levels deep (one past the limit of 64)',
    setup: (dir) => writeFileSync(join(dir, 'block-maps.yaml'), nestedMaps(65)),
    exit: 3,
    codes: ['YAML_TOO_DEEP'],
    at: { file: 'block-maps.yaml', line: 65, column: 132 },
  },
  { name: 'block mappings nested 64 levels deep (at the limit: parsed, then an unknown section)', setup: (dir) => writeFileSync(join(dir, 'maps64.yaml'), nestedMaps(64)), exit: 3, codes: ['UNKNOWN_KEY'], at: { file: 'maps64.yaml', line: 1, column: 1 } },
  {
    name: '__proto__ as a section',
    files: { 'proto.yaml': y('__proto__:', '  polluted: yes', 'models: []') },
    exit: 3,
    codes: ['UNKNOWN_KEY'],
    at: { file: 'proto.yaml', line: 1, column: 1 },
    query: true,
  },
  { name: '__proto__ inside an entity', files: { 'proto2.yaml': y('models:', '  - id: rb-p', '    name: P', '    __proto__: { polluted: yes }') }, exit: 3, codes: ['UNKNOWN_KEY'], at: { file: 'proto2.yaml', line: 4, column: 5 } },
  { name: 'constructor inside an entity', files: { 'ctor.yaml': y('models:', '  - id: rb-c', '    name: C', '    constructor: { prototype: { polluted: yes } }') }, exit: 3, codes: ['UNKNOWN_KEY'], at: { file: 'ctor.yaml', line: 4, column: 5 } },
  { name: 'prototype inside an entity', files: { 'prototype.yaml': y('models:', '  - id: rb-pt', '    name: PT', '    prototype: { polluted: yes }') }, exit: 3, codes: ['UNKNOWN_KEY'], at: { file: 'prototype.yaml', line: 4, column: 5 } },
  { name: '!!js/function tag', files: { 'jsfn.yaml': y('models:', '  - id: rb-js', '    name: !!js/function "function () { process.exit(99) }"') }, exit: 3, codes: ['YAML_TAG'], at: { file: 'jsfn.yaml', line: 3, column: 11 }, query: true },
  { name: '!!python/object tag', files: { 'py.yaml': y('models:', '  - id: rb-py', '    name: !!python/object:os.system ["echo pwned"]') }, exit: 3, codes: ['YAML_TAG'], at: { file: 'py.yaml', line: 3, column: 11 } },
  { name: 'unknown local tag', files: { 'local.yaml': y('models:', '  - id: rb-local', '    name: !shout hello') }, exit: 3, codes: ['YAML_TAG'], at: { file: 'local.yaml', line: 3, column: 11 } },
  { name: '!!binary (a known YAML 1.1 tag)', files: { 'binary.yaml': y('models:', '  - id: rb-bin', '    name: !!binary aGVsbG8=') }, exit: 3, codes: ['YAML_TAG'], at: { file: 'binary.yaml', line: 3, column: 11 } },
  { name: '!!set (a known YAML 1.1 tag)', files: { 'set.yaml': y('models:', '  - id: rb-set', '    name: S', '    aliases: !!set { a, b }') }, exit: 3, codes: ['YAML_TAG'], at: { file: 'set.yaml', line: 4, column: 14 } },
  { name: 'a %TAG directive remapping !!', files: { 'directive.yaml': y('%TAG !! tag:evil.example,2024:', '---', 'models:', '  - id: rb-dir', '    name: !!str N') }, exit: 3, codes: ['YAML_TAG'], at: { file: 'directive.yaml', line: 1, column: 1 } /* the directive itself is refused */ },
  { name: 'a complex (mapping) key', files: { 'complex.yaml': y('models:', '  - id: rb-cx', '    name: CX', '    ? { a: 1 }', '    : value') }, exit: 3, codes: ['UNKNOWN_KEY'], at: { file: 'complex.yaml', line: 4, column: 7 } },
  { name: 'a null key', files: { 'nullkey.yaml': y('models:', '  - id: rb-nk', '    name: NK', '    ~: value') }, exit: 3, codes: ['UNKNOWN_KEY'], at: { file: 'nullkey.yaml', line: 4, column: 5 } },
];
