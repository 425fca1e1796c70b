/** Every reference an entity makes to another, with the kinds it may point at. Shared by rules and graph. */
import type { EntityKind, Section } from './types.js';

export interface Reference {
  id: string;
  /** Kinds the reference may point at; empty means any kind. */
  kinds: EntityKind[];
  /** The referring field (`referencePath` gives the whole path), its list index and sub-field. */
  at: readonly string[];
  index?: number;
  sub?: string;
}

/** Path of the referring field inside the entity, e.g. ['evidence', 2, 'source']; built only for a message. */
export function referencePath(ref: Reference): Array<string | number> {
  return [...ref.at, ...(ref.index === undefined ? [] : [ref.index]), ...(ref.sub === undefined ? [] : [ref.sub])];
}

type FieldSpec = [field: string, kinds: EntityKind[], sub?: string];

const SOURCE_LISTS: FieldSpec[] = [['sources', ['source'], 'source']];
const EVIDENCE: FieldSpec[] = [['evidence', ['source'], 'source']];

/** Reference fields by section: a field holding an id, a list of ids, or a list of objects with `sub`. */
const FIELDS: Record<Section, FieldSpec[]> = {
  sources: [['versionOf', ['source']], ['partOf', ['source']]],
  models: [
    ['approximates', ['model'], 'model'],
    ['approximates', ['source'], 'source'],
    ['dates', ['source'], 'source'],
    ['describedBy.papers', ['source'], 'source'],
    ['describedBy.per', ['source'], 'source'],
    ...SOURCE_LISTS,
  ],
  methods: [['variantOf', ['method']], ...SOURCE_LISTS],
  derivations: [['from', ['model']], ['to', ['model']], ['methods', ['method']], ['competesWith', ['derivation']], ['teachers', ['model']], ['data', ['source'], 'source'], ...EVIDENCE],
  capabilities: [['related', ['capability']], ...SOURCE_LISTS],
  claims: [
    ['model', ['model']],
    ['capability', ['capability']],
    ['method', ['method']],
    ['derivation', ['derivation']],
    ['appliesTo', ['derivation']],
    ['tradedFor', ['capability']],
    ['competesWith', ['claim']],
    ...EVIDENCE,
  ],
  questions: [['about', []], ['raisedBy', ['source'], 'source']],
  errata: [['about', []], ['readings', ['source'], 'source']],
  reviews: [['claim', ['claim']], ...EVIDENCE],
};

interface SplitSpec {
  at: string[];
  kinds: EntityKind[];
  sub?: string;
}

/** Each field's path, split once (the rules ask for every entity's references, 1.4M at 100k models). */
const SPLIT = {} as Record<Section, SplitSpec[]>;
for (const [section, specs] of Object.entries(FIELDS) as Array<[Section, FieldSpec[]]>) SPLIT[section] = specs.map(([field, kinds, sub]) => ({ at: field.split('.'), kinds, sub }));

/** The references `data` (an entity of `section`) makes. */
export function referencesOf(section: Section, data: Record<string, unknown>): Reference[] {
  const found: Reference[] = [];
  for (const { at, kinds, sub } of SPLIT[section]) {
    // A dotted field reaches into a nested object (`describedBy.per`).
    let value: unknown = data;
    for (const k of at) value = value !== null && typeof value === 'object' ? (value as Record<string, unknown>)[k] : undefined;
    if (typeof value === 'string') found.push({ id: value, kinds, at });
    if (value !== null && typeof value === 'object' && !Array.isArray(value) && sub !== undefined) {
      const id = (value as Record<string, unknown>)[sub];
      if (typeof id === 'string') found.push({ id, kinds, at, sub });
    }
    if (!Array.isArray(value)) continue;
    for (let index = 0; index < value.length; index++) {
      const element: unknown = value[index];
      const id = sub === undefined ? element : (element as Record<string, unknown> | null)?.[sub];
      if (typeof id === 'string') found.push(sub === undefined ? { id, kinds, at, index } : { id, kinds, at, index, sub });
    }
  }
  return found;
}
