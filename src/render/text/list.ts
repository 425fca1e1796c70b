/** `list`, `search` and `questions` as text: compact tables and lists. */
import type { ListResult, QuestionsResult, SearchResult } from '../../queries/types.js';
import type { RenderOptions } from '../index.js';
import { finish, hanging } from './layout.js';
import { namesOf, shortCite } from './names.js';
import { describe } from './show.js';
import { makeStyle, text } from './style.js';
import { table } from './table.js';

const DETAIL: Record<string, string[]> = {
  sources: ['year', 'arxiv', 'doi'],
  models: ['series', 'organisation', 'released'],
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
    return [text(String(item['id'])), ...extra.map((k) => describe(item[k])), text(typeof label === 'string' ? label : '')];
  });
  return finish([...table(st, ['id', ...extra, 'name'], rows, o.columns), '', st.dim(`${r.items.length} ${r.section}`)]);
}

/** Render search hits, best first. */
export function renderSearchText(r: SearchResult, o: RenderOptions): string {
  const st = makeStyle(o.chalk);
  if (r.hits.length === 0) return finish([st.dim(`Nothing matches "${text(r.query)}".`)]);
  const rows = r.hits.map((h) => [text(h.id), h.entityKind, text(h.field === 'id' || h.field === 'alias' || h.field === 'name' ? h.label : h.snippet)]);
  const count = r.total > r.hits.length ? `${r.hits.length} of ${r.total} matches (--limit 0 shows all)` : `${r.total} match(es)`;
  return finish([...table(st, ['id', 'kind', 'match'], rows, o.columns), '', st.dim(`${count} for "${text(r.query)}"`)]);
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
      out.push(`  ${st.dim('raised by:')} ${q.raisedBy.map((b) => `${shortCite(names.source(b.source), b.source)}${b.locator ? ` ${text(b.locator)}` : ''}`).join('; ')}`);
    out.push('');
  }
  return finish(out);
}
