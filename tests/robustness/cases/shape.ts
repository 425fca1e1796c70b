/** Cases about the shape of knowledge: wrong types in every kind of field, odd numbers, odd structure. */
import { colOf, EVIDENCE, SOURCE, y, type Case } from './case.js';

/** A model with one extra line (line 4 of the file). */
function modelWith(line: string): string {
  return y('models:', '  - id: rb-m', '    name: M', line);
}

const EVIDENCE_LINE = '  - { id: rb-d, to: davinci, methods: [base-tuning], confidence: likely, evidence: [{ source: rb-src, stance: supports, kind: documentation, note: [a] }] }';

export const SHAPE_CASES: Case[] = [
  { name: 'a top-level list', files: { 'list.yaml': y('- models', '- methods') }, exit: 3, codes: ['NOT_A_MAPPING'], at: { file: 'list.yaml', line: 1, column: 1 }, query: true },
  { name: 'a top-level scalar', files: { 'scalar.yaml': y('just a string') }, exit: 3, codes: ['NOT_A_MAPPING'], at: { file: 'scalar.yaml', line: 1, column: 1 } },
  { name: 'an unknown section with a near miss', files: { 'modles.yaml': y('modles: []') }, exit: 3, codes: ['UNKNOWN_KEY'], at: { file: 'modles.yaml', line: 1, column: 1 } },
  { name: 'a section that is a mapping', files: { 'sectionmap.yaml': y('models:', '  id: rb-x', '  name: X') }, exit: 3, codes: ['WRONG_TYPE'], at: { file: 'sectionmap.yaml', line: 2, column: 3 } },
  { name: 'a section that is a number', files: { 'sectionnum.yaml': y('models: 5') }, exit: 3, codes: ['WRONG_TYPE'], at: { file: 'sectionnum.yaml', line: 1, column: 9 } },
  { name: 'an entity that is a scalar', files: { 'entityscalar.yaml': y('models:', '  - rb-x') }, exit: 3, codes: ['WRONG_TYPE'], at: { file: 'entityscalar.yaml', line: 2, column: 5 } },
  { name: 'an entity that is a list', files: { 'entitylist.yaml': y('models:', '  - [rb-x, X]') }, exit: 3, codes: ['WRONG_TYPE'], at: { file: 'entitylist.yaml', line: 2, column: 5 } },
  { name: 'missing required field', files: { 'missing.yaml': y('models:', '  - id: rb-noname') }, exit: 3, codes: ['MISSING_FIELD'], at: { file: 'missing.yaml', line: 2, column: 5 }, query: true },
  { name: 'unknown key with a near miss', files: { 'nmae.yaml': modelWith('    nmae: typo') }, exit: 3, codes: ['UNKNOWN_KEY'], at: { file: 'nmae.yaml', line: 4, column: 5 } },
  { name: 'string field given a list', files: { 'strlist.yaml': y('models:', '  - id: rb-m', '    name: [a, b]') }, exit: 3, codes: ['WRONG_TYPE'], at: { file: 'strlist.yaml', line: 3, column: 11 } },
  { name: 'string field given a number', files: { 'strnum.yaml': y('models:', '  - id: rb-m', '    name: 42') }, exit: 3, codes: ['WRONG_TYPE'], at: { file: 'strnum.yaml', line: 3, column: 11 } },
  { name: 'string field given null', files: { 'strnull.yaml': y('models:', '  - id: rb-m', '    name:') }, exit: 3, codes: ['WRONG_TYPE'], at: { file: 'strnull.yaml', line: 3, column: 10 } },
  { name: 'boolean field given "yes"', files: { 'bool.yaml': modelWith('    openWeights: yes') }, exit: 3, codes: ['WRONG_TYPE'], at: { file: 'bool.yaml', line: 4, column: 18 } },
  { name: 'list field given a string', files: { 'liststr.yaml': modelWith('    aliases: gpt') }, exit: 3, codes: ['WRONG_TYPE'], at: { file: 'liststr.yaml', line: 4, column: 14 } },
  { name: 'object field given a number', files: { 'objnum.yaml': modelWith('    parameters: 175000000000') }, exit: 3, codes: ['WRONG_TYPE'], at: { file: 'objnum.yaml', line: 4, column: 17 } },
  { name: 'enum field with a near miss', files: { 'enum.yaml': y('sources:', '  - id: rb-s', '    kind: papr', '    title: T') }, exit: 3, codes: ['INVALID_VALUE'], at: { file: 'enum.yaml', line: 3, column: 11 } },
  { name: 'id with upper case and spaces', files: { 'badid.yaml': y('models:', '  - id: Bad Id', '    name: B') }, exit: 3, codes: ['INVALID_FORMAT'], at: { file: 'badid.yaml', line: 2, column: 9 } },
  { name: 'id with a Cyrillic homoglyph', files: { 'homoglyph.yaml': y('models:', '  - id: rb-\u0430', '    name: H') }, exit: 3, codes: ['INVALID_FORMAT'], at: { file: 'homoglyph.yaml', line: 2, column: 9 } },
  { name: 'date with month 13', files: { 'date.yaml': modelWith('    released: "2022-13"') }, exit: 3, codes: ['INVALID_FORMAT'], at: { file: 'date.yaml', line: 4, column: 15 } },
  { name: 'date given as an unquoted number', files: { 'datenum.yaml': modelWith('    released: 2022') }, exit: 3, codes: ['INVALID_VALUE'], at: { file: 'datenum.yaml', line: 4, column: 15 } },
  { name: 'invalid URL', files: { 'url.yaml': y('sources:', '  - id: rb-s', '    kind: paper', '    title: T', '    url: not a url') }, exit: 3, codes: ['INVALID_FORMAT'], at: { file: 'url.yaml', line: 5, column: 10 } },
  { name: 'huge number (1e400 is Infinity)', files: { 'inf.yaml': modelWith('    parameters: { value: 1e400, unit: parameters }') }, exit: 3, codes: ['WRONG_TYPE'], at: { file: 'inf.yaml', line: 4, column: 26 } },
  { name: '.inf', files: { 'dotinf.yaml': modelWith('    parameters: { value: .inf, unit: parameters }') }, exit: 3, codes: ['WRONG_TYPE'], at: { file: 'dotinf.yaml', line: 4, column: 26 } },
  { name: '.nan', files: { 'nan.yaml': modelWith('    parameters: { value: .nan, unit: parameters }') }, exit: 3, codes: ['WRONG_TYPE'], at: { file: 'nan.yaml', line: 4, column: 26 } },
  { name: 'negative quantity', files: { 'neg.yaml': modelWith('    parameters: { value: -1, unit: parameters }') }, exit: 3, codes: ['OUT_OF_RANGE'], at: { file: 'neg.yaml', line: 4, column: 26 } },
  { name: 'year beyond 2^53', files: { 'bigyear.yaml': y('sources:', '  - id: rb-s', '    kind: paper', '    title: T', '    year: 99999999999999999999') }, exit: 3, codes: ['OUT_OF_RANGE'], at: { file: 'bigyear.yaml', line: 5, column: 11 } },
  { name: 'year that is not an integer', files: { 'fracyear.yaml': y('sources:', '  - id: rb-s', '    kind: paper', '    title: T', '    year: 2020.5') }, exit: 3, codes: ['WRONG_TYPE'], at: { file: 'fracyear.yaml', line: 5, column: 11 } },
  { name: 'empty list where one item is required', files: { 'emptylist.yaml': y(SOURCE.trimEnd(), 'derivations:', `  - { id: rb-d, to: davinci, methods: [], confidence: likely, evidence: [${EVIDENCE}] }`) }, exit: 3, codes: ['OUT_OF_RANGE'], at: { file: 'emptylist.yaml', line: 6, column: 39 } },
  { name: 'claim with an unknown kind', files: { 'claimkind.yaml': y('claims:', '  - id: rb-c', '    kind: exhibit', '    statement: S', '    confidence: likely') }, exit: 3, codes: ['INVALID_VALUE'], at: { file: 'claimkind.yaml', line: 3, column: 11 } },
  { name: 'evidence item with a wrong nested type', files: { 'evidence.yaml': y(SOURCE.trimEnd(), 'derivations:', EVIDENCE_LINE) }, exit: 3, codes: ['WRONG_TYPE'], at: { file: 'evidence.yaml', line: 6, column: colOf(EVIDENCE_LINE, '[a]') } },
  // Different YAML keys, one JavaScript key: the package would let the last silently win.
  { name: 'a numeric key beside its quoted twin', files: { 'numkey.yaml': modelWith('    1: one\n    "1": two') }, exit: 3, codes: ['YAML_DUPLICATE_KEY'], at: { file: 'numkey.yaml', line: 5, column: 5 } },
  {
    name: '40,000 keys in one mapping, the last one repeated (the yaml package checks duplicates in quadratic time)',
    files: { 'wide.yaml': y(...Array.from({ length: 40_000 }, (_, i) => `k${i}: v`), 'k0: again') },
    exit: 3,
    codes: ['YAML_DUPLICATE_KEY'],
    at: { file: 'wide.yaml', line: 40_001, column: 1 },
  },
  { name: '10,000 unknown keys in one entity', files: { 'manykeys.yaml': y('models:', '  - id: rb-m', '    name: M', ...Array.from({ length: 10_000 }, (_, i) => `    k${i}: v`)) }, exit: 3, codes: ['UNKNOWN_KEY'], at: { file: 'manykeys.yaml', line: 4, column: 5 } },
  { name: 'a 2 KB implicit key (YAML allows 1,024 characters)', files: { 'longkey.yaml': modelWith(`    ${'k'.repeat(2_000)}: v`) }, exit: 3, codes: ['YAML_SYNTAX'], at: { file: 'longkey.yaml', line: 4, column: 5 } },
  { name: 'a 200 KB explicit key (did-you-mean must stay cheap)', files: { 'explicitkey.yaml': modelWith(`    ? ${'k'.repeat(200_000)}\n    : v`) }, exit: 3, codes: ['UNKNOWN_KEY'], at: { file: 'explicitkey.yaml', line: 4, column: 7 } },
  { name: '2,000 broken entities', files: { 'manybroken.yaml': y('models:', ...Array.from({ length: 2_000 }, (_, i) => `  - { id: rb-m${i}, name: 5 }`)) }, exit: 3, codes: ['WRONG_TYPE'], at: { file: 'manybroken.yaml', line: 2, column: 24 } },
];
