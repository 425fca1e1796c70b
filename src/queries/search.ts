/** `search TEXT`: ids, aliases, names, descriptions and notes, ranked by how well they match. */
import type { Entity, Graph } from '../graph/types.js';
import type { SearchHit, SearchResult } from './types.js';
import { searchFields } from './search-fields.js';

const NAME_FIELDS = new Set(['id', 'alias']);

/** Every entity matching all words of `text`, best first (exact id or alias, prefix, name, then prose). */
export function searchKb(graph: Graph, text: string, limit = 0): SearchResult {
  const query = text.trim().toLowerCase();
  // Distinct words: a query of 20,000 words costs a scan per distinct word, never a 20,000-part regex.
  const words = [...new Set(query.split(/\s+/).filter(Boolean))];
  const whole = (text: string) => containsWord(text, query);
  const hits: SearchHit[] = [];
  for (const entity of graph.byId.values()) {
    const hit = bestHit(entity, { query, words, whole });
    if (hit) hits.push(hit);
  }
  hits.sort((a, b) => b.score - a.score || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return { kind: 'search', query: text, total: hits.length, hits: limit > 0 ? hits.slice(0, limit) : hits };
}

interface Query {
  query: string;
  words: string[];
  /** Whether a text holds the whole query as a word (between word boundaries, like `\b…\b`). */
  whole: (text: string) => boolean;
}

function bestHit(entity: Entity, q: Query): SearchHit | undefined {
  const { query, words } = q;
  const fields = searchFields(entity);
  const all = fields.map((f) => f.text.toLowerCase()).join('\n');
  if (words.length === 0 || !words.every((w) => all.includes(w))) return undefined;
  let best: { field: string; text: string; score: number } | undefined;
  for (const f of fields) {
    const score = scoreField(f.field, f.text.toLowerCase(), q);
    if (score > 0 && (!best || score > best.score)) best = { ...f, score };
  }
  // Every word occurs somewhere, though no single field holds the whole query.
  best ??= { ...fields.find((f) => f.text.toLowerCase().includes(words[0]!))!, score: 5 };
  return {
    id: entity.value.id,
    entityKind: entity.kind,
    label: fields.find((f) => f.field === 'name')?.text ?? entity.value.id,
    field: best.field,
    snippet: snippet(best.text, query),
    score: best.score,
  };
}

function scoreField(field: string, text: string, { query, words, whole }: Query): number {
  const isName = NAME_FIELDS.has(field);
  if (isName && text === query) return 100;
  if (isName && text.startsWith(query)) return 80;
  if (isName && text.includes(query)) return 60;
  if (field === 'name' && text === query) return 70;
  const weight = field === 'name' ? 2 : 1;
  if (whole(text)) return 25 * weight;
  if (text.includes(query)) return 15 * weight;
  return words.every((w) => text.includes(w)) ? 10 * weight : 0;
}

function snippet(text: string, query: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  const at = flat.toLowerCase().indexOf(query);
  if (flat.length <= 100) return flat;
  const start = Math.max(0, (at < 0 ? 0 : at) - 40);
  return `${start > 0 ? '…' : ''}${flat.slice(start, start + 100)}${start + 100 < flat.length ? '…' : ''}`;
}

/** `\bneedle\b` without building a regex: each occurrence, checked for a word boundary at both ends. */
export function containsWord(text: string, needle: string): boolean {
  if (needle === '') return false;
  for (let at = text.indexOf(needle); at >= 0; at = text.indexOf(needle, at + 1)) {
    if (boundary(text, at) && boundary(text, at + needle.length)) return true;
  }
  return false;
}

/** A `\b` position: a word character on one side only. */
function boundary(text: string, at: number): boolean {
  return isWordChar(text[at - 1]) !== isWordChar(text[at]);
}

function isWordChar(c: string | undefined): boolean {
  return c !== undefined && /\w/.test(c);
}
