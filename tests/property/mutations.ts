/** Mutations of a valid knowledge base: a field dropped, a field retyped, an id renamed, a byte of YAML changed. */
import fc from 'fast-check';
import { referencesOf } from '../../src/kb/references.js';
import type { Section } from '../../src/kb/types.js';
import { text, type KbSpec } from './arbitraries.js';

type Entity = Record<string, unknown> & { id: string };
type Files = KbSpec['files'];

export type Mutation =
  | { type: 'drop'; entity: number; field: number }
  | { type: 'retype'; entity: number; field: number; value: unknown }
  | { type: 'rename'; entity: number; to: string }
  | { type: 'text'; file: number; at: number; op: 'delete' | 'insert' | 'replace'; chars: string };

/** Values of every JSON type, to put where a field had another type. */
const anyValue = fc.oneof(fc.integer(), fc.double(), fc.boolean(), fc.constant(null), text, fc.array(text, { maxLength: 2 }), fc.dictionary(text, text, { maxKeys: 2 }));

/** Bytes to splice into YAML text: mostly YAML's own indicators (so the syntax really breaks), sometimes any code points. */
const yamlish = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(':', ': ', '- ', '-', '[', ']', '{', '}', ',', '#', '&a ', '*a', '!', '!!js/function ', '%', '|', '>', "'", '"', '\t', '\n', '\n  ', '\r\n', '---\n', '? ', '<<: ', '\uFEFF', '\u0000') },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', minLength: 1, maxLength: 3 }) },
);

/** A new id: fresh and valid, invalid in format, or one that already exists (chosen later). */
const newId = fc.oneof(fc.constant('renamed-entity'), fc.constant('Not A Valid Id'), fc.constant('@existing'));

export const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ type: fc.constant('drop' as const), entity: fc.nat(), field: fc.nat() }),
  fc.record({ type: fc.constant('retype' as const), entity: fc.nat(), field: fc.nat(), value: anyValue }),
  fc.record({ type: fc.constant('rename' as const), entity: fc.nat(), to: newId }),
  fc.record({ type: fc.constant('text' as const), file: fc.nat(), at: fc.nat(), op: fc.constantFrom('delete' as const, 'insert' as const, 'replace' as const), chars: yamlish }),
);

export interface Located {
  file: string;
  section: Section;
  entity: Entity;
}

/** Every entity of the files, in a fixed order. */
export function entitiesOf(files: Files): Located[] {
  return Object.entries(files).flatMap(([file, sections]) =>
    Object.entries(sections).flatMap(([section, list]) => (list ?? []).map((entity) => ({ file, section: section as Section, entity }))),
  );
}

/** Whether any other entity refers to `id`. */
export function isReferenced(files: Files, id: string): boolean {
  return entitiesOf(files).some(({ section, entity }) => referencesOf(section, entity).some((r) => r.id === id));
}

/** JSON type of a value: null, array, object, string, number or boolean. */
export function typeOf(value: unknown): string {
  return value === null ? 'null' : Array.isArray(value) ? 'array' : typeof value;
}

/** A deep copy of the files with the mutation applied to the object model (text mutations are applied to YAML later). */
export function mutateFiles(files: Files, m: Exclude<Mutation, { type: 'text' }>): { files: Files; target: Located; field?: string; before?: unknown } {
  const copy = structuredClone(files);
  const all = entitiesOf(copy);
  const target = all[m.entity % all.length]!;
  const keys = Object.keys(target.entity);
  if (m.type === 'rename') {
    const before = target.entity.id;
    const others = all.filter((x) => x.entity.id !== before);
    target.entity.id = m.to !== '@existing' ? m.to : others.length > 0 ? others[m.entity % others.length]!.entity.id : 'renamed-entity';
    return { files: copy, target, field: 'id', before };
  }
  const field = keys[m.field % keys.length]!;
  const before = target.entity[field];
  if (m.type === 'drop') delete target.entity[field];
  else target.entity[field] = m.value;
  return { files: copy, target, field, before };
}

/** Apply a text mutation to one file's YAML. */
export function mutateText(texts: Record<string, string>, m: Extract<Mutation, { type: 'text' }>): Record<string, string> {
  const names = Object.keys(texts);
  const name = names[m.file % names.length]!;
  const source = texts[name]!;
  const at = m.at % (source.length + 1);
  const cut = m.op === 'insert' ? 0 : 1;
  return { ...texts, [name]: source.slice(0, at) + (m.op === 'delete' ? '' : m.chars) + source.slice(at + cut) };
}
