/** The searchable text of each kind of entity, field by field, the display name first. */
import type { Entity } from '../graph/types.js';

/** A field of an entity and its text. */
export interface SearchField {
  field: string;
  text: string;
}

/** Searchable fields of an entity: id, aliases, name, then prose. */
export function searchFields(entity: Entity): SearchField[] {
  const out: SearchField[] = [{ field: 'id', text: entity.value.id }];
  const add = (field: string, ...texts: (string | undefined)[]) => {
    for (const text of texts) if (text) out.push({ field, text });
  };
  const e = entity;
  switch (e.kind) {
    case 'source':
      add('name', e.value.title);
      add('authors', e.value.authors?.join(', '));
      add('description', e.value.venue, e.value.arxiv, e.value.doi, e.value.notes);
      break;
    case 'model':
      add('name', e.value.name);
      add('alias', ...(e.value.aliases ?? []));
      add('description', e.value.organisation, e.value.family, e.value.series, e.value.description, e.value.notes);
      break;
    case 'method':
    case 'capability':
      add('name', e.value.name);
      add('alias', ...(e.value.aliases ?? []));
      add('description', e.value.description);
      break;
    case 'derivation':
      add('description', e.value.account, e.value.description, e.value.notes, ...(e.value.data ?? []).map((d) => d.what));
      break;
    case 'claim':
      add('name', e.value.statement);
      add('notes', e.value.notes, ...(e.value.evidence ?? []).map((x) => x.note));
      break;
    case 'question':
      add('name', e.value.question);
      add('description', e.value.description, e.value.notes);
      break;
    case 'erratum':
      add('description', e.value.note, ...e.value.readings.map((r) => r.says));
      break;
  }
  return out;
}
