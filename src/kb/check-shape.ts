/** Check one parsed file against the schema, entity by entity, and keep the valid ones. */
import type { z } from 'zod';
import { isMap, type Document, type LineCounter } from 'yaml';
import { issue, type KbIssue } from './issues.js';
import { flattenStrings } from './flatten-strings.js';
import { locate, type PathPosition } from './locate.js';
import { KnowledgeFileSchema, ClaimSchema, SourceSchema, ModelSchema, MethodSchema, DerivationSchema, CapabilitySchema, QuestionSchema, ErratumSchema } from './schema.js';
import { didYouMean } from './suggest.js';
import { KIND_OF_SECTION, SECTIONS, type Section } from './types.js';
import type { EntityRecord } from './entity-record.js';
import { zodIssueToKbIssue } from './zod-issue.js';

const ENTITY_SCHEMAS: Record<Section, z.ZodType> = {
  sources: SourceSchema,
  models: ModelSchema,
  methods: MethodSchema,
  derivations: DerivationSchema,
  capabilities: CapabilitySchema,
  claims: ClaimSchema,
  questions: QuestionSchema,
  errata: ErratumSchema,
};

type Relocate = (path: ReadonlyArray<PropertyKey>) => PathPosition | undefined;

export interface ShapeResult {
  entities: EntityRecord[];
  issues: KbIssue[];
}

/**
 * `relocate` finds positions once `doc` is gone (see `lazyLocator`): entities keep it for the
 * semantic rules instead of the document itself.
 */
export function checkShape(
  doc: Document.Parsed,
  lineCounter: LineCounter,
  file: string,
  relocate: Relocate,
): ShapeResult {
  const where = (path: ReadonlyArray<PropertyKey>, key?: string) => ({ file, path: path.join('.'), ...locate(doc, lineCounter, path, key) });
  const data: unknown = doc.toJS({ maxAliasCount: 0 });
  if (data === null || data === undefined) {
    return { entities: [], issues: [issue('EMPTY_FILE', 'the file holds no knowledge; add a section such as `models:` or delete the file', { file, line: 1, column: 1 })] };
  }
  if (!isMap(doc.contents) || typeof data !== 'object' || Array.isArray(data)) {
    return { entities: [], issues: [issue('NOT_A_MAPPING', `a knowledge file is a mapping of sections (${SECTIONS.join(', ')}), each a list`, where([]))] };
  }
  const issues: KbIssue[] = [];
  const entities: EntityRecord[] = [];
  for (const [key, list] of Object.entries(data)) {
    if (!(SECTIONS as readonly string[]).includes(key)) {
      issues.push(issue('UNKNOWN_KEY', `unknown section \`${key}\`; a knowledge file may hold ${SECTIONS.join(', ')}.${didYouMean(key, SECTIONS)}`, where([], key)));
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
        for (const zi of result.error.issues) issues.push(zodIssueToKbIssue(zi, { label, item, path, schema: ENTITY_SCHEMAS[section], where }));
      }
      if (typeof raw.id !== 'string') return;
      const { line, column } = locate(doc, lineCounter, path);
      entities.push({
        section,
        kind: KIND_OF_SECTION[section],
        id: raw.id,
        data: flattenStrings(result.success ? result.data : raw) as Record<string, unknown>,
        valid: result.success,
        file,
        index,
        line,
        column,
        at: entityLocator(relocate, section, index, { line, column }),
      });
    });
  }
  return { entities, issues };
}

/**
 * Positions inside one entity. Built outside `checkShape` on purpose: a closure created there
 * would keep the whole parsed document alive through its scope for as long as the entity lives.
 */
function entityLocator(relocate: Relocate, section: Section, index: number, fallback: PathPosition): EntityRecord['at'] {
  return (sub) => relocate([section, index, ...sub]) ?? fallback;
}

export { KnowledgeFileSchema };
