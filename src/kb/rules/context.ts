/** What every semantic rule reads and writes: the entities of all files and a place to report. */
import type { EntityRecord } from '../entity-record.js';
import { issue, type IssueCode, type KbIssue } from '../issues.js';
import { shorten } from '../shorten.js';
import { suggestionBudget, type SuggestionBudget } from '../suggest.js';

export interface RuleContext {
  /** Shape-valid entities, in file order. */
  entities: EntityRecord[];
  /** Every entity with an id, shape-valid or not: reference checks read their raw data too. */
  all: EntityRecord[];
  /** Every entity with an id, valid or not, so references to a broken entity are not also "dangling". */
  byId: Map<string, EntityRecord[]>;
  /** Shape-valid entities by kind, in file order (grouped once, so no rule scans everything per kind). */
  byKind: Map<EntityRecord['kind'], EntityRecord[]>;
  issues: KbIssue[];
  /** What did-you-mean suggestions may still spend in this run. */
  budget: SuggestionBudget;
}

export type Rule = (ctx: RuleContext) => void;

/** The context for one run of the rules over `records`. */
export function createRuleContext(records: EntityRecord[], budget = suggestionBudget()): RuleContext {
  const byId = new Map<string, EntityRecord[]>();
  const byKind = new Map<EntityRecord['kind'], EntityRecord[]>();
  const entities: EntityRecord[] = [];
  for (const r of records) {
    const same = byId.get(r.id);
    if (same) same.push(r);
    else byId.set(r.id, [r]);
    if (!r.valid) continue;
    entities.push(r);
    const ofKind = byKind.get(r.kind);
    if (ofKind) ofKind.push(r);
    else byKind.set(r.kind, [r]);
  }
  return { entities, all: records, byId, byKind, issues: [], budget };
}

/** Report `code` at a field of `entity`. */
export function report(ctx: RuleContext, code: IssueCode, entity: EntityRecord, path: ReadonlyArray<string | number>, message: string): void {
  const position = entity.at(path);
  ctx.issues.push(issue(code, `${entity.kind} \`${shorten(entity.id, 120)}\`: ${message}`, { file: entity.file, ...position, path: [entity.section, entity.index, ...path].join('.') }));
}

/** The entities of one kind. */
export function entitiesOf(ctx: RuleContext, kind: EntityRecord['kind']): EntityRecord[] {
  return ctx.byKind.get(kind) ?? [];
}
