/** Cases about meaning across entities and files: references, cycles, ids and aliases, escape sequences. */
import { colOf, derivation, EVIDENCE, model, SOURCE, y, type Case } from './case.js';

/** Models m0..m(n-1) and derivations closing the cycle m0 → m1 → … → m(n-1) → m0. */
function cycle(n: number): string {
  const ids = Array.from({ length: n }, (_, i) => `rb-cyc${i}`);
  return y(SOURCE.trimEnd(), 'models:', ...ids.map((id) => model(id)), 'derivations:', ...ids.map((id, i) => derivation(`rb-d${i}`, [id], ids[(i + 1) % n]!)));
}

const ESC = '\u001b';

/** Part `part` of a chain of models rb-ch0 → rb-ch1 → …, `size` models per file; part 0 also holds the source. */
function chainPart(part: number, size: number): string {
  const ids = Array.from({ length: size }, (_, i) => part * size + i);
  const links = ids.filter((i) => i > 0).map((i) => derivation(`rb-chd${i}`, [`rb-ch${i - 1}`], `rb-ch${i}`));
  return y(...(part === 0 ? [SOURCE.trimEnd()] : []), 'models:', ...ids.map((i) => model(`rb-ch${i}`)), 'derivations:', ...links);
}

/** Column of the parent of the derivation that closes a cycle of length n (its `from` list). */
function cycleColumn(n: number): number {
  const line = derivation(`rb-d${n - 1}`, [`rb-cyc${n - 1}`], 'rb-cyc0');
  return colOf(line, '[rb-cyc') + 1;
}

export const RULE_CASES: Case[] = [
  { name: 'dangling reference with a near miss', files: { 'dangling.yaml': y(SOURCE.trimEnd(), 'derivations:', derivation('rb-d', ['davinc'], 'davinci')) }, exit: 3, codes: ['DANGLING_REF'], at: { file: 'dangling.yaml', line: 6, column: colOf(derivation('rb-d', ['davinc'], 'davinci'), '[davinc') + 1 }, query: true },
  { name: 'dangling evidence source', files: { 'nosource.yaml': y('derivations:', `  - { id: rb-d, to: davinci, methods: [base-tuning], confidence: likely, evidence: [{ source: rb-nowhere, stance: supports, kind: documentation, note: N }] }`) }, exit: 3, codes: ['DANGLING_REF'], at: { file: 'nosource.yaml', line: 2, column: 95 } },
  { name: 'reference to an entity of the wrong kind', files: { 'wrongkind.yaml': y(SOURCE.trimEnd(), 'derivations:', derivation('rb-d', ['base-icl'], 'davinci')) }, exit: 3, codes: ['WRONG_KIND_REF'], at: { file: 'wrongkind.yaml', line: 6, column: colOf(derivation('rb-d', ['base-icl'], 'davinci'), '[base-icl') + 1 } },
  { name: 'reference by alias instead of id', files: { 'byalias.yaml': y(SOURCE.trimEnd(), 'derivations:', derivation('rb-d', ['base-gpt3'], 'davinci')) }, exit: 3, codes: ['DANGLING_REF'], at: { file: 'byalias.yaml', line: 6, column: colOf(derivation('rb-d', ['base-gpt3'], 'davinci'), '[base-gpt3') + 1 } },
  { name: 'lineage cycle of length 1', files: { 'cycle1.yaml': cycle(1) }, exit: 3, codes: ['LINEAGE_CYCLE'], at: { file: 'cycle1.yaml', line: 8, column: cycleColumn(1) }, query: true },
  { name: 'lineage cycle of length 2', files: { 'cycle2.yaml': cycle(2) }, exit: 3, codes: ['LINEAGE_CYCLE'], at: { file: 'cycle2.yaml', line: 10, column: cycleColumn(2) } },
  { name: 'lineage cycle of length 10', files: { 'cycle10.yaml': cycle(10) }, exit: 3, codes: ['LINEAGE_CYCLE'], at: { file: 'cycle10.yaml', line: 26, column: cycleColumn(10) } },
  {
    // YAML costs ~0.3 ms per entity, so the CLI case stays at 4,000 entities; tests/property walks a 50,000-deep chain in process.
    name: 'a 2,000-model lineage chain across two files (deep but acyclic)',
    files: { 'chain-0.yaml': chainPart(0, 1_000), 'chain-1.yaml': chainPart(1, 1_000) },
    exit: 0,
    codes: [],
    query: true,
  },
  { name: 'id equal to another entity\'s alias', files: { 'aliasid.yaml': y('models:', model('rb-x', 'aliases: [rb-y]'), model('rb-y')) }, exit: 3, codes: ['ALIAS_COLLISION'], at: { file: 'aliasid.yaml', line: 2, column: colOf(model('rb-x', 'aliases: [rb-y]'), '[rb-y') + 1 }, query: true },
  { name: 'alias equal to a bundled id', files: { 'aliasbundled.yaml': y('models:', model('rb-x', 'aliases: [DaVinci]')) }, exit: 3, codes: ['ALIAS_COLLISION'], at: { file: 'aliasbundled.yaml', line: 2, column: colOf(model('rb-x', 'aliases: [DaVinci]'), '[DaVinci') + 1 } },
  { name: 'two entities sharing an alias', files: { 'aliasalias.yaml': y('models:', model('rb-x', 'aliases: [gpt]'), model('rb-y', 'aliases: [GPT]')) }, exit: 3, codes: ['ALIAS_COLLISION'], at: { file: 'aliasalias.yaml', line: 3, column: colOf(model('rb-x', 'aliases: [GPT]'), '[GPT') + 1 } },
  { name: 'duplicate id across two files', files: { 'a.yaml': y('models:', model('rb-twice')), 'b.yaml': y('methods:', '  - { id: rb-twice, name: Twice }') }, exit: 3, codes: ['DUPLICATE_ID'], at: { file: 'b.yaml', line: 2, column: 11 } },
  { name: 'duplicate of a bundled id', files: { 'dupbundled.yaml': y('models:', model('davinci')) }, exit: 3, codes: ['DUPLICATE_ID'], at: { file: 'dupbundled.yaml', line: 2, column: 11 }, query: true },
  { name: 'claim without evidence', files: { 'noevidence.yaml': y('claims:', '  - { id: rb-c, kind: exhibits, model: davinci, capability: base-icl, level: weak, statement: S, confidence: likely }') }, exit: 3, codes: ['CLAIM_WITHOUT_EVIDENCE'], at: { file: 'noevidence.yaml', line: 2, column: 11 } },
  { name: 'claim applies to a derivation that does not use its method', files: { 'scope.yaml': y(SOURCE.trimEnd(), 'claims:', `  - { id: rb-o, kind: origin, capability: base-icl, method: base-tuning, appliesTo: [base-d-davinci], mechanism: unlocked, statement: S, confidence: likely, evidence: [${EVIDENCE}] }`) }, exit: 3, codes: ['APPLIES_WITHOUT_METHOD'], at: { file: 'scope.yaml', line: 6, column: colOf(`  - { id: rb-o, kind: origin, capability: base-icl, method: base-tuning, appliesTo: [base-d-davinci], mechanism: unlocked, statement: S, confidence: likely, evidence: [${EVIDENCE}] }`, '[base-d-davinci') + 1 } },
  {
    name: 'ANSI and OSC escape sequences in strings (valid knowledge)',
    files: { 'ansi.yaml': y('models:', `  - { id: rb-ansi, name: "${ESC}[31mred${ESC}[0m ${ESC}]8;;https://evil.example${ESC}\\\\link${ESC}]8;;${ESC}\\\\ ${ESC}]0;pwned\\u0007 \\u009b2J" }`) },
    exit: 0,
    codes: [],
  },
  {
    name: 'escape sequences in an unknown key and an invalid value',
    files: { 'ansikey.yaml': y('models:', '  - id: rb-esc', '    name: E', `    "n${ESC}[2Jame": x`, `    released: "${ESC}]0;title\\u0007"`) },
    exit: 3,
    codes: ['UNKNOWN_KEY', 'INVALID_FORMAT'],
    at: { file: 'ansikey.yaml', line: 4, column: 5 },
  },
  { name: 'escape sequence in an id', files: { 'ansiid.yaml': y('models:', `  - { id: "rb-${ESC}[8m", name: Hidden }`) }, exit: 3, codes: ['INVALID_FORMAT'], at: { file: 'ansiid.yaml', line: 2, column: 11 } },
  { name: 'escape sequence in a dangling reference (did-you-mean)', files: { 'ansiref.yaml': y(SOURCE.trimEnd(), 'derivations:', `  - { id: rb-d, from: ["davinci${ESC}[2J"], to: davinci, methods: [base-tuning], confidence: likely, evidence: [${EVIDENCE}] }`) }, exit: 3, codes: ['INVALID_FORMAT', 'DANGLING_REF'], at: { file: 'ansiref.yaml', line: 6, column: 24 } },
];
