/** Check one parsed file against the schema, entity by entity, and keep the valid ones. */
import type { z } from 'zod';
import { issue, type KbIssue } from './issues.js';
import { compactStrings } from './compact-strings.js';
import type { PathPosition } from './locate.js';
import type { ParsedFile } from './parsed-file.js';
import { ClaimSchema, SourceSchema, ModelSchema, MethodSchema, DerivationSchema, CapabilitySchema, QuestionSchema, ErratumSchema, ReviewSchema } from './schema.js';
import { didYouMean, type SuggestionBudget } from './suggest.js';
import { KIND_OF_SECTION, SECTIONS, type Section } from './types.js';
import type { EntityRecord } from './entity-record.js';
import { zodIssueToKbIssue } from './zod-issue.js';

/** The schema of each section's entities. */
export const ENTITY_SCHEMAS: Record<Section, z.ZodType> = {
  sources: SourceSchema,
  models: ModelSchema,
  methods: MethodSchema,
  derivations: DerivationSchema,
  capabilities: CapabilitySchema,
  claims: ClaimSchema,
  questions: QuestionSchema,
  errata: ErratumSchema,
  reviews: ReviewSchema,
};

type Relocate = (path: ReadonlyArray<PropertyKey>) => PathPosition | undefined;

export interface ShapeResult {
  entities: EntityRecord[];
  issues: KbIssue[];
}

/**
 * `relocate` finds positions once the parsed file is gone (see `lazyLocator`): entities keep it
 * for the semantic rules instead of the document itself. `strings` is the pool shared by every
 * file (see `compactStrings`), `budget` what did-you-mean may still spend in this run.
 */
export function checkShape(parsed: ParsedFile, file: string, relocate: Relocate, strings: Map<string, string>, budget?: SuggestionBudget): ShapeResult {
  const where = (path: ReadonlyArray<PropertyKey>, key?: string) => ({ file, path: path.join('.'), ...parsed.locate(path, key) });
  const { data } = parsed;
  if (data === null || data === undefined) {
    return { entities: [], issues: [issue('EMPTY_FILE', 'the file holds no knowledge; add a section such as `models:` or delete the file', { file, line: 1, column: 1 })] };
  }
  if (!parsed.rootIsMap || typeof data !== 'object' || Array.isArray(data)) {
    return { entities: [], issues: [issue('NOT_A_MAPPING', `a knowledge file is a mapping of sections (${SECTIONS.join(', ')}), each a list`, where([]))] };
  }
  const issues: KbIssue[] = [];
  const entities: EntityRecord[] = [];
  for (const [key, list] of Object.entries(data)) {
    if (!(SECTIONS as readonly string[]).includes(key)) {
      issues.push(issue('UNKNOWN_KEY', `unknown section \`${key}\`; a knowledge file may hold ${SECTIONS.join(', ')}.${didYouMean(key, SECTIONS, budget)}`, where([], key)));
      continue;
    }
    const section = key as Section;
    if (!Array.isArray(list)) {
      if (list !== null) issues.push(issue('WRONG_TYPE', `\`${section}\` must be a list of ${KIND_OF_SECTION[section]} entries (each starting with \`- id: …\`)`, where([section])));
      continue;
    }
    list.forEach((item: unknown, index) => {
      const path: [Section, number] = [section, index];
      const result = ENTITY_SCHEMAS[section].safeParse(item);
      const raw = (item && typeof item === 'object' && !Array.isArray(item) ? item : {}) as Record<string, unknown>;
      const label = typeof raw.id === 'string' ? `${KIND_OF_SECTION[section]} \`${raw.id}\`` : `${KIND_OF_SECTION[section]} #${index + 1}`;
      if (!result.success) {
        for (const zi of result.error.issues) issues.push(zodIssueToKbIssue(zi, { label, item, path, schema: ENTITY_SCHEMAS[section], where, budget }));
      }
      if (typeof raw.id !== 'string') return;
      const data = compactStrings(result.success ? result.data : raw, strings) as Record<string, unknown>;
      // data.id, not raw.id: the compacted copy, which keeps no slice of the file's text alive.
      entities.push(new ShapedEntity(section, data.id as string, data, result.success, file, index, parsed.locate(path), relocate));
    });
  }
  return { entities, issues };
}

/**
 * An entity record. A class rather than an object with an `at` closure: a closure created in
 * `checkShape` would keep the whole parsed document alive through its scope, and one per
 * entity costs memory that shows at 100k entities.
 */
class ShapedEntity implements EntityRecord {
  readonly kind: EntityRecord['kind'];
  readonly line: number;
  readonly column: number;

  constructor(
    readonly section: Section,
    readonly id: string,
    readonly data: Record<string, unknown>,
    readonly valid: boolean,
    readonly file: string,
    readonly index: number,
    position: PathPosition,
    private readonly relocate: Relocate,
  ) {
    this.kind = KIND_OF_SECTION[section];
    this.line = position.line;
    this.column = position.column;
  }

  at(sub: ReadonlyArray<PropertyKey>): PathPosition {
    return this.relocate([this.section, this.index, ...sub]) ?? { line: this.line, column: this.column };
  }
}

