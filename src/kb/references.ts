/** Every reference an entity makes to another, with the kinds it may point at. Shared by rules and graph. */
import type { EntityKind, Section } from './types.js';

export interface Reference {
  /** Path of the referring field inside the entity, e.g. ['evidence', 2, 'source']. */
  path: Array<string | number>;
  id: string;
  /** Kinds the reference may point at; empty means any kind. */
  kinds: EntityKind[];
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

/** The references `data` (an entity of `section`) makes. */
export function referencesOf(section: Section, data: Record<string, unknown>): Reference[] {
  const found: Reference[] = [];
  for (const [field, kinds, sub] of FIELDS[section]) {
    // A dotted field reaches into a nested object (`describedBy.per`).
    const at = field.split('.');
    const value = at.reduce<unknown>((v, k) => (v !== null && typeof v === 'object' ? (v as Record<string, unknown>)[k] : undefined), data);
    if (typeof value === 'string') found.push({ path: at, id: value, kinds });
    if (value !== null && typeof value === 'object' && !Array.isArray(value) && sub !== undefined) {
      const id = (value as Record<string, unknown>)[sub];
      if (typeof id === 'string') found.push({ path: [...at, sub], id, kinds });
    }
    if (!Array.isArray(value)) continue;
    value.forEach((element: unknown, index) => {
      const id = sub === undefined ? element : (element as Record<string, unknown> | null)?.[sub];
      if (typeof id === 'string') found.push({ path: sub === undefined ? [...at, index] : [...at, index, sub], id, kinds });
    });
  }
  return found;
}
