/**
 * The validation pipeline: list files → read → parse YAML → check shape → semantic rules.
 * Returns every issue found, and the merged knowledge base when there is no error.
 */
import { checkShape } from './check-shape.js';
import type { EntityRecord } from './entity-record.js';
import { compareIssues, type KbIssue } from './issues.js';
import { listKnowledgeFiles, type KnowledgeFileRef } from './list-files.js';
import { parseYaml } from './parse-yaml.js';
import { readText } from './read-text.js';
import { RULES } from './rules/index.js';
import type { RuleContext } from './rules/context.js';
import { SECTIONS, type Kb } from './types.js';

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
  for (const input of inputs) {
    const listed = listKnowledgeFiles(input.path, input.base);
    files.push(...listed.files);
    issues.push(...listed.issues);
  }
  const records: EntityRecord[] = [];
  for (const file of files) {
    const read = readText(file.path, file.display);
    if (!read.ok) {
      issues.push(read.issue);
      continue;
    }
    const parsed = parseYaml(read.text, file.display);
    issues.push(...parsed.issues);
    if (!parsed.doc) continue;
    const shape = checkShape(parsed.doc, parsed.lineCounter, file.display);
    issues.push(...shape.issues);
    records.push(...shape.entities);
  }
  issues.push(...runRules(records));
  issues.sort(compareIssues);
  const kb = issues.some((i) => i.severity === 'error') ? undefined : assemble(records);
  return { kb, issues, files };
}

function runRules(records: EntityRecord[]): KbIssue[] {
  const byId = new Map<string, EntityRecord[]>();
  for (const r of records) byId.set(r.id, [...(byId.get(r.id) ?? []), r]);
  const ctx: RuleContext = { entities: records.filter((r) => r.valid), all: records, byId, issues: [] };
  for (const rule of RULES) rule(ctx);
  return ctx.issues;
}

function assemble(records: EntityRecord[]): Kb {
  const kb: Kb = { sources: [], models: [], methods: [], derivations: [], capabilities: [], claims: [], questions: [], errata: [], locations: {} };
  for (const r of records) {
    (kb[r.section] as unknown[]).push(r.data);
    kb.locations[r.id] = { file: r.file, line: r.line, column: r.column };
  }
  for (const section of SECTIONS) (kb[section] as Array<{ id: string }>).sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return kb;
}
