/**
 * The check of a knowledge base read back from the pack cache: every entity against its schema,
 * in id order, with a location, and the structural rules (unique ids, references that resolve,
 * no cycle; the evidence rules only grade what is there) with no error. A forged entry
 * with the right outline but wrong types (`from: "davinci"`, `evidence: 5`, `{}` among the
 * models) made every query fail; it now fails this check and is rebuilt from the YAML.
 */
import { ENTITY_SCHEMAS } from './check-shape.js';
import type { EntityRecord } from './entity-record.js';
import { STRUCTURAL_RULES } from './rules/index.js';
import { createRuleContext } from './rules/context.js';
import { emptyKb, KIND_OF_SECTION, SECTIONS, type Kb, type Location, type Section } from './types.js';

/** `kb` as checked data when it is a knowledge base validation would have produced; otherwise undefined. */
export function checkCachedKb(kb: Kb): Kb | undefined {
  const checked = emptyKb();
  const records: EntityRecord[] = [];
  for (const section of SECTIONS) {
    const list: unknown[] = kb[section];
    for (let index = 0; index < list.length; index++) {
      const parsed = ENTITY_SCHEMAS[section].safeParse(list[index]);
      if (!parsed.success) return undefined;
      const data = parsed.data as Record<string, unknown> & { id: string };
      const previous = (checked[section] as Array<{ id: string }>)[index - 1];
      const at = locationOf(kb.locations, data.id);
      if (!at || (previous && !(previous.id < data.id))) return undefined; // unlocated, unsorted or repeated
      (checked[section] as unknown[]).push(data);
      checked.locations[data.id] = at;
      records.push(cachedRecord(section, data, index, at));
    }
  }
  const ctx = createRuleContext(records);
  for (const rule of STRUCTURAL_RULES) rule(ctx);
  return ctx.issues.some((i) => i.severity === 'error') ? undefined : checked;
}

function locationOf(locations: unknown, id: string): Location | undefined {
  if (typeof locations !== 'object' || locations === null || !Object.hasOwn(locations, id)) return undefined;
  const at = (locations as Record<string, unknown>)[id] as Partial<Location> | null;
  const ok = typeof at?.file === 'string' && Number.isInteger(at.line) && Number.isInteger(at.column);
  return ok ? { file: at.file!, line: at.line!, column: at.column! } : undefined;
}

/** An entity record positioned at its entity (a cached entry keeps no field positions). */
function cachedRecord(section: Section, data: Record<string, unknown> & { id: string }, index: number, at: Location): EntityRecord {
  const position = { line: at.line, column: at.column };
  return { section, kind: KIND_OF_SECTION[section], id: data.id, data, valid: true, file: at.file, index, ...position, at: () => position };
}
