/** An entity as the validator sees it: its data plus where it came from. */
import type { EntityKind, Section } from './types.js';

export interface EntityRecord {
  section: Section;
  kind: EntityKind;
  id: string;
  /** Shape-valid data (typed by section), or the raw mapping when `valid` is false. */
  data: Record<string, unknown>;
  valid: boolean;
  file: string;
  /** Index of the entity in its section's list, for issue paths. */
  index: number;
  line: number;
  column: number;
  /** Positions of the entity's fields, by dotted path relative to the entity. */
  at: (path: ReadonlyArray<PropertyKey>) => { line: number; column: number };
}
