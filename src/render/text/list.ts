/** `list`, `search` and `questions` as text: compact tables and lists. */
import type { ListResult, QuestionsResult, SearchHit, SearchResult } from '../../queries/types.js';
import type { RenderOptions } from '../index.js';
import { breakWord, clip, finish, hanging, pad, visibleWidth } from './layout.js';
import { namesOf, shortCite } from './names.js';
import { describe } from './values.js';
import { makeStyle, text, type Style } from './style.js';
import { fitsWhole, table } from './table.js';
import { oneLine } from './page.js';

const DETAIL: Record<string, string[]> = {
  sources: ['year', 'arxiv', 'doi'],
  models: ['series', 'released'],
  methods: ['variantOf'],
  derivations: ['from', 'to', 'methods', 'account', 'confidence'],
  capabilities: ['kind', 'aliases'],
  claims: ['kind', 'capability', 'confidence'],
  questions: ['status', 'about'],
  errata: ['about'],
  reviews: ['claim', 'date', 'confidence'],
};

/** Render a list result as a table of id, name and a few telling fields. */
export function renderListText(r: ListResult, o: RenderOptions): string {
  const st = makeStyle(o.chalk);
  if (r.items.length === 0) return finish([st.dim(`No ${r.section}.`)]);
  const extra = DETAIL[r.section] ?? [];
  const rows = r.items.map((item) => {
    const label = ['name', 'title', 'question', 'statement', 'note', 'description'].map((k) => item[k]).find((v) => typeof v === 'string');
    // A name that only repeats the id says nothing.
    const name = typeof label === 'string' && label !== item['id'] ? text(label) : '';
    return [text(String(item['id'])), ...extra.map((k) => describe(item[k], ', ')), name];
  });
  const heads = ['id', ...extra, 'name'];
  // A table when every id and word fits whole; otherwise each item on its own short lines.
  const body = fitsWhole(heads, rows, o.columns - 2) ? table(st, heads, rows, o.columns) : rows.flatMap((row) => compactItem(st, heads, row, o.columns));
  const u = r.umbrella;
  const head = u ? hanging('', `${st.bold(text(u.name))} is not one model: it names these ${r.items.length}, from ${u.matchedBy.map((m) => `"${text(m)}"`).join(', ')}.`, o.columns, 0) : [];
  const hint = u ? `→ gptlineage show ${text(String(r.items[0]?.['id']))}` : `${r.items.length} ${r.section}; → gptlineage show ID`;
  return finish([...head, ...(u ? [''] : []), ...body, '', ...hanging('', st.dim(hint), o.columns, 0)]);
}

/** `id  field · field` (wrapped), then the name on one line: at most a few lines an item, ids never cut. */
function compactItem(st: Style, heads: string[], row: string[], columns: number): string[] {
  const [id = '', ...cells] = row;
  const name = cells.pop() ?? '';
  const details = cells.filter((c) => c !== '').join(' · ');
  const out = hanging('', `${st.id(id)}${details ? `  ${st.dim(details)}` : ''}`, columns, 4);
  if (name) out.push(oneLine('    ', name, columns));
  return out;
}

/** Render search hits, best first: each in at most three lines (kind and id, what it is, where it matched). */
export function renderSearchText(r: SearchResult, o: RenderOptions): string {
  const st = makeStyle(o.chalk);
  if (r.hits.length === 0) return finish([st.dim(`Nothing matches "${text(r.query)}".`)]);
  const out = r.hits.flatMap((h) => searchHit(st, h, o.columns));
  const count = r.total > r.hits.length ? `${r.hits.length} of ${r.total} matches (--limit 0 shows all)` : `${r.total} match${r.total === 1 ? '' : 'es'}`;
  return finish([...out, '', ...hanging('', st.dim(`${count} for "${text(r.query)}"; → gptlineage show ID`), o.columns, 0)]);
}

const KIND_WIDTH = 11;

function searchHit(st: Style, h: SearchHit, columns: number): string[] {
  const room = Math.max(10, columns - KIND_WIDTH);
  const indent = ' '.repeat(KIND_WIDTH);
  const ids = breakWord(text(h.id), room);
  const label = text(h.label) === text(h.id) ? '' : text(h.label);
  const head = ids.map((piece, i) => `${i === 0 ? pad(st.dim(h.entityKind), KIND_WIDTH) : indent}${st.id(piece)}`);
  const lastRoom = room - visibleWidth(ids.at(-1)!) - 2;
  const out = [...head];
  if (label && visibleWidth(label) <= lastRoom) out[out.length - 1] += `  ${st.bold(label)}`;
  else if (label && ids.length === 1) out.push(`${indent}${st.bold(clip(label, room))}`);
  const quoted = h.field === 'id' || h.field === 'name' || text(h.snippet) === label || text(h.snippet) === text(h.id);
  if (!quoted && out.length < 3) out.push(`${indent}${st.dim(clip(`${h.field}: ${text(h.snippet)}`, room))}`);
  return out;
}

/** Render the open questions, each with what it bears on and who raised it. */
export function renderQuestionsText(r: QuestionsResult, o: RenderOptions): string {
  const st = makeStyle(o.chalk);
  const names = namesOf(r);
  if (r.questions.length === 0) return finish([st.dim('No open questions.')]);
  const out: string[] = [];
  for (const q of r.questions) {
    const status = q.status === 'open' ? '' : st.dim(` [${q.status}]`);
    out.push(...hanging(`${st.warn('?')} `, `${st.bold(text(q.question))}${status} ${st.dim(`(${q.id})`)}`, o.columns, 2));
    if (q.description) out.push(...hanging('  ', text(q.description), o.columns, 2));
    out.push(...hanging(`  ${st.dim('about:')} `, q.about.map((a) => st.id(text(a))).join(', '), o.columns, 4));
    if (q.raisedBy.length > 0)
      out.push(...hanging(`  ${st.dim('raised by:')} `, q.raisedBy.map((b) => `${shortCite(names.source(b.source), b.source)}${b.locator ? ` ${text(b.locator)}` : ''}`).join('; '), o.columns, 4));
    out.push('');
  }
  return finish(out);
}
