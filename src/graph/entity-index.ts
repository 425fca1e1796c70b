/**
 * Every entity by id, answered from maps per kind. One map of all ids, each entity wrapped with
 * its kind, was 418k entries and as many wrappers at 100k models, built on every run (0.75 s, and
 * garbage to collect); most runs look up a few models, capabilities and claims. The maps of models,
 * derivations, capabilities and sources are the graph's own; the other kinds' are built on first
 * use. Ids are unique across kinds (validation), so the first map that has an id is its kind's.
 */
import type { Kb } from '../kb/types.js';
import type { Entity } from './types.js';

type Kind = Entity['kind'];
type Value<K extends Kind> = Extract<Entity, { kind: K }>['value'];

/** Kinds in the order their sections are listed; `values()` and `keys()` follow it. */
const SECTION_OF = [
  ['source', 'sources'],
  ['model', 'models'],
  ['method', 'methods'],
  ['derivation', 'derivations'],
  ['capability', 'capabilities'],
  ['claim', 'claims'],
  ['question', 'questions'],
  ['erratum', 'errata'],
  ['review', 'reviews'],
] as const satisfies ReadonlyArray<readonly [Kind, keyof Kb]>;

/** Looked up first: what queries name most. */
const LOOKUP_ORDER: readonly Kind[] = ['model', 'capability', 'derivation', 'claim', 'source', 'method', 'question', 'erratum', 'review'];

export class EntityIndex {
  readonly #maps = new Map<Kind, Map<string, Value<Kind>>>();
  readonly #kb: Kb;

  constructor(kb: Kb, shared: { [K in 'model' | 'derivation' | 'capability' | 'source']: Map<string, Value<K>> }) {
    this.#kb = kb;
    for (const [kind, map] of Object.entries(shared)) this.#maps.set(kind as Kind, map as Map<string, Value<Kind>>);
  }

  get(id: string): Entity | undefined {
    for (const kind of LOOKUP_ORDER) {
      const value = this.#mapOf(kind).get(id);
      if (value !== undefined) return { kind, value } as Entity;
    }
    return undefined;
  }

  has(id: string): boolean {
    return this.get(id) !== undefined;
  }

  get size(): number {
    return SECTION_OF.reduce((n, [, section]) => n + this.#kb[section].length, 0);
  }

  *values(): IterableIterator<Entity> {
    for (const [kind, section] of SECTION_OF) for (const value of this.#kb[section]) yield { kind, value } as Entity;
  }

  *keys(): IterableIterator<string> {
    for (const [, section] of SECTION_OF) for (const value of this.#kb[section]) yield value.id;
  }

  *[Symbol.iterator](): IterableIterator<[string, Entity]> {
    for (const entity of this.values()) yield [entity.value.id, entity];
  }

  #mapOf(kind: Kind): Map<string, Value<Kind>> {
    let map = this.#maps.get(kind);
    if (!map) {
      const section = SECTION_OF.find(([k]) => k === kind)![1];
      this.#maps.set(kind, (map = new Map((this.#kb[section] as Array<Value<Kind>>).map((v) => [v.id, v]))));
    }
    return map;
  }
}
