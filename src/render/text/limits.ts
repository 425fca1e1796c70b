/** `limits` and `cite` as text. */
import type { CiteResult, LimitsResult, SourceView } from '../../queries/types.js';
import type { RenderOptions } from '../index.js';
import { finish, hanging } from './layout.js';
import { namesOf } from './names.js';
import { confidence, level, makeStyle, text } from './style.js';
import { claimBlock } from './claim-block.js';

/** Render the limitations: what each is, which models show it, and the claims. */
export function renderLimitsText(r: LimitsResult, o: RenderOptions): string {
  const st = makeStyle(o.chalk);
  const names = namesOf(r);
  if (r.limitations.length === 0) return finish([st.dim('No limitations are recorded.')]);
  const out: string[] = [];
  for (const l of r.limitations) {
    out.push(...hanging('', `${st.bold(text(l.capability.name))} ${st.id(l.capability.id)}`, o.columns, 2));
    if (l.capability.description) out.push(...hanging('  ', text(l.capability.description), o.columns, 2));
    for (const m of l.levels) out.push(...hanging('  ', `${st.id(text(m.model))}: ${level(st, m.level)} ${st.dim(m.basis)} ${confidence(st, m.confidence)}`, o.columns, 4));
    for (const id of l.claims) out.push(...claimBlock(st, names, id, { indent: 2, columns: o.columns, evidence: 2 }));
    out.push('');
  }
  return finish(out);
}

/** Render citations: which sources back each id, then the reference list. */
export function renderCiteText(r: CiteResult, o: RenderOptions): string {
  const st = makeStyle(o.chalk);
  const out: string[] = [];
  for (const e of r.entries) out.push(...hanging('', `${st.dim(e.entityKind)} ${st.id(text(e.id))}: ${e.sources.length > 0 ? e.sources.map(text).join(', ') : st.warn('no sources')}`, o.columns, 2));
  if (r.sources.length > 0) out.push('', st.heading('References'));
  for (const s of r.sources) out.push(...hanging(`  [${st.id(text(s.id))}] `, reference(s), o.columns, 4));
  return finish(out);
}

/** `Authors (year). Title. Venue. arXiv:…. doi:…. URL` */
export function reference(s: SourceView): string {
  const parts = [
    `${s.authors.length > 0 ? s.authors.join(', ') : 'Anon.'}${s.year ? ` (${s.year})` : ''}.`,
    `${s.title}.`,
    s.venue ? `${s.venue}.` : '',
    s.arxiv ? `arXiv:${s.arxiv}.` : '',
    s.doi ? `doi:${s.doi}.` : '',
    s.url ?? '',
  ];
  return text(parts.filter(Boolean).join(' '));
}
