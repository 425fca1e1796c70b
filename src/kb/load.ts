/**
 * The validation pipeline: list files → read → parse YAML (the fast path first, see
 * parse-yaml-fast.ts) → check shape → semantic rules.
 * Returns every issue found, and the merged knowledge base when there is no error.
 * Linear in the size of the input; each file's YAML document is dropped once its entities are
 * checked (positions needed later are found by parsing that file again, see `lazyLocator`).
 */
import { realpathSync } from 'node:fs';
import { checkShape, type ShapeResult } from './check-shape.js';
import type { EntityRecord } from './entity-record.js';
import type { Document, LineCounter } from 'yaml';
import { compareIssues, issue, type KbIssue } from './issues.js';
import type { ParsedFile } from './parsed-file.js';
import { shorten } from './shorten.js';
import { listKnowledgeFiles, type KnowledgeFileRef } from './list-files.js';
import { lazyLocator } from './locate.js';
import { parseYaml } from './parse-yaml.js';
import { parseYamlFast } from './parse-yaml-fast.js';
import { fromDocument, fromFast } from './parsed-file.js';
import { readText } from './read-text.js';
import { RULES } from './rules/index.js';
import { suggestionBudget, type SuggestionBudget } from './suggest.js';
import { createRuleContext } from './rules/context.js';
import { emptyKb, SECTIONS, type Kb } from './types.js';

export { checkCachedKb } from './check-cached.js';

export interface KbInput {
  path: string;
  /** Directory that display names are relative to. */
  base: string;
}

export interface LoadResult {
  kb?: Kb;
  issues: KbIssue[];
  files: KnowledgeFileRef[];
}

export function loadKnowledge(inputs: KbInput[]): LoadResult {
  const issues: KbIssue[] = [];
  const files: KnowledgeFileRef[] = [];
  const seen = new Set<string>();
  for (const input of inputs) {
    const listed = listKnowledgeFiles(input.path, input.base);
    append(files, listed.files.filter((f) => firstTime(seen, f.path)));
    append(issues, listed.issues);
  }
  const records: EntityRecord[] = [];
  const strings = new Map<string, string>();
  const budget = suggestionBudget();
  for (const file of files) {
    const read = readText(file.path, file.display);
    if (!read.ok) {
      issues.push(read.issue);
      continue;
    }
    const shape = shapeFile(file, read.text, strings, budget);
    append(issues, shape.issues);
    append(records, shape.entities);
  }
  append(issues, runRules(records, budget));
  issues.sort(compareIssues);
  const kb = issues.some((i) => i.severity === 'error') ? undefined : assemble(records);
  return { kb, issues, files };
}

/**
 * One file's entities and issues: the fast path's when it takes the file without a problem, else
 * parseYaml's, whose messages have positions. The fast attempt spends no did-you-mean budget,
 * since its messages are dropped.
 */
function shapeFile(file: KnowledgeFileRef, text: string, strings: Map<string, string>, budget: SuggestionBudget): ShapeResult {
  const relocate = relocator(file, text.length);
  const fast = parseYamlFast(text);
  const quick = fast && checkShape(fromFast(fast), file.display, relocate, strings, suggestionBudget(0));
  if (quick && quick.issues.length === 0) return quick;
  const parsed = parseYaml(text, file.display);
  if (!parsed.doc) return { entities: [], issues: parsed.issues }; // a document only comes without issues
  const document = readAsData(parsed.doc, parsed.lineCounter, file.display);
  return 'issue' in document ? { entities: [], issues: [document.issue] } : checkShape(document, file.display, relocate, strings, budget);
}

/** The document as data; should the yaml package fail to convert it (it throws on what it cannot name), an issue instead of a crash. */
function readAsData(doc: Document.Parsed, lineCounter: LineCounter, file: string): ParsedFile | { issue: KbIssue } {
  try {
    return fromDocument({ doc, lineCounter });
  } catch (error) {
    const message = shorten(error instanceof Error ? error.message : String(error));
    return { issue: issue('YAML_SYNTAX', `the YAML cannot be read as data (${message}); write it as plain mappings, lists and values`, { file, line: 1, column: 1 }) };
  }
}

/**
 * Positions in a file whose document is gone: read and parse it again, once, if an issue needs
 * one. Not keeping every file's text saves the size of the knowledge base in memory (150 MB at
 * 100k models). A file whose length changed in the meantime gives the entity's own position.
 */
function relocator(file: KnowledgeFileRef, length: number): ReturnType<typeof lazyLocator> {
  return lazyLocator(() => {
    const read = readText(file.path, file.display);
    const again = read.ok && read.text.length === length ? parseYaml(read.text, file.display) : undefined;
    return again?.doc ? { doc: again.doc, lineCounter: again.lineCounter } : undefined;
  });
}

/**
 * Whether `path` names a file not listed yet: one pack given twice (GPTLINEAGE_KB and --kb, or
 * through two paths) is loaded once instead of reporting DUPLICATE_ID against itself.
 */
function firstTime(seen: Set<string>, path: string): boolean {
  let real = path;
  try {
    real = realpathSync.native(path);
  } catch {
    // unreadable: reading it reports why
  }
  if (seen.has(real)) return false;
  seen.add(real);
  return true;
}

function runRules(records: EntityRecord[], budget: SuggestionBudget): KbIssue[] {
  const ctx = createRuleContext(records, budget);
  for (const rule of RULES) rule(ctx);
  return ctx.issues;
}

function assemble(records: EntityRecord[]): Kb {
  const kb = emptyKb();
  for (const r of records) {
    (kb[r.section] as unknown[]).push(r.data);
    kb.locations[r.id] = { file: r.file, line: r.line, column: r.column };
  }
  for (const section of SECTIONS) (kb[section] as Array<{ id: string }>).sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return kb;
}

/** `target.push(...items)` without the argument-count limit a spread hits on huge lists. */
function append<T>(target: T[], items: readonly T[]): void {
  for (const item of items) target.push(item);
}
