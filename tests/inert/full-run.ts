/** "A full run": every command the built CLI declares, with and without a knowledge pack, for the inertness tests. */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { declaredCommands } from '../robustness/support/commands.js';
import { REPO } from '../robustness/support/sandbox.js';

const ALL: string[][] = [
  ['validate'],
  ['validate', '--json'],
  ['schema'],
  ['show', 'davinci'],
  ['show', 'inert-model', '--json'],
  ['list', 'models'],
  ['list', 'claims', '--json'],
  ['search', 'davinci'],
  ['tree'],
  ['matrix'],
  ['trace', 'base-icl'],
  ['why', 'inert-model', 'base-icl'],
  ['diff', 'davinci', 'inert-model'],
  ['lineage', 'inert-model'],
  ['questions'],
  ['limits'],
  ['cite', 'davinci'],
  ['cite', 'davinci', '--format', 'bibtex'],
  ['graph'],
  ['graph', '--format', 'dot'],
  ['show', 'no-such-entity'],
];

/** The command lines whose command exists in the build. */
export function fullRun(): string[][] {
  const declared = declaredCommands(join(REPO, 'bin/gptlineage.js'));
  return ALL.filter((args) => declared.has(args[0]!));
}

/** A small valid pack beside the sandbox's base knowledge: one model derived from davinci. */
export function writeInertPack(dir: string): string {
  mkdirSync(dir, { recursive: true });
  writeFileSync(
    join(dir, 'inert.yaml'),
    `models:
  - { id: inert-model, name: Inert, released: "2023" }
derivations:
  - { id: d-inert, from: [davinci], to: inert-model, methods: [base-tuning], confidence: likely, evidence: [{ source: base-paper, stance: supports, kind: documentation, note: Tuned. }] }
claims:
  - { id: inert-icl, kind: exhibits, model: inert-model, capability: base-icl, level: strong, statement: Inert learns in context., confidence: likely, evidence: [{ source: base-paper, stance: supports, kind: experiment, note: Measured. }] }
`,
  );
  return dir;
}

/** A bigger valid pack (`count` models derived from davinci, each with a claim): its cache entry is about 1 MB. */
export function writeBigPack(dir: string, count: number): string {
  mkdirSync(dir, { recursive: true });
  const ev = '[{ source: base-paper, stance: supports, kind: documentation, note: "Generated so that the cache entry is big." }]';
  const ids = Array.from({ length: count }, (_, i) => `big-${i}`);
  writeFileSync(join(dir, 'models.yaml'), `models:\n${ids.map((id) => `  - { id: ${id}, name: "Model ${id} with a long enough name" }`).join('\n')}\n`);
  writeFileSync(join(dir, 'derivations.yaml'), `derivations:\n${ids.map((id) => `  - { id: d-${id}, from: [davinci], to: ${id}, methods: [base-tuning], confidence: likely, evidence: ${ev} }`).join('\n')}\n`);
  writeFileSync(join(dir, 'claims.yaml'), `claims:\n${ids.map((id) => `  - { id: c-${id}, kind: exhibits, model: ${id}, capability: base-icl, level: weak, statement: "${id} learns a little in context", confidence: likely, evidence: ${ev} }`).join('\n')}\n`);
  return dir;
}
