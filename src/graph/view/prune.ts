/** Dropping references to entities a view leaves out, so that what remains is a consistent knowledge base. */
import type { Evidence } from '../../kb/types.js';

/** The ids a view keeps, by what they are. */
export interface Kept {
  sources: Set<string>;
  models: Set<string>;
  derivations: Set<string>;
  claims: Set<string>;
}

/** Items whose `source` is kept (an item with no source keeps its place). */
export function withKeptSources<T extends { source?: string }>(items: readonly T[] | undefined, sources: Set<string>): T[] | undefined {
  if (items === undefined) return undefined;
  return items.filter((item) => item.source === undefined || sources.has(item.source));
}

/** A copy of `entity` with `field` set, or without it when `value` is undefined. */
export function withField<T extends object, K extends keyof T>(entity: T, field: K, value: T[K] | undefined): T {
  const copy = { ...entity };
  if (value === undefined) delete copy[field];
  else copy[field] = value;
  return copy;
}

/**
 * Evidence left once withdrawn or unpublished sources are gone; `null` when there was some and
 * none is left (the entity then rested only on what the view removes).
 */
export function keptEvidence(evidence: readonly Evidence[] | undefined, sources: Set<string>): Evidence[] | undefined | null {
  if (evidence === undefined || evidence.length === 0) return evidence === undefined ? undefined : [];
  const left = withKeptSources(evidence, sources)!;
  return left.length === 0 ? null : left;
}

/** Only the ids in `kept`; undefined stays undefined. */
export function onlyKept(ids: readonly string[] | undefined, kept: Set<string>): string[] | undefined {
  return ids?.filter((id) => kept.has(id));
}
