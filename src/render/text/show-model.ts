/** `show MODEL`: what it was trained from, by which methods, on each account; its levels; its dates; where sources disagree. */
import type { DerivationView, ModelLevel } from '../../queries/types.js';
import type { Model } from '../../kb/types.js';
import { formatDate } from '../../kb/dates.js';
import { CONFIDENCES } from '../../kb/scales.js';
import { hanging, pad } from './layout.js';
import { capped, cite, header, hints, oneLine, section, type PageContext } from './page.js';
import { confidence, level, text } from './style.js';
import { levelTable } from './levels.js';
import { quantity } from './values.js';

/** The describe page of a model. */
export function modelPage(p: PageContext): string[] {
  const m = p.r.entity as unknown as Model;
  const facts = [m.organisation, m.family && m.series ? `${m.family} (${m.series})` : (m.family ?? m.series), m.parameters ? quantity(m.parameters) : '', m.released ? `released ${formatDate(m.released)}` : '']
    .filter(Boolean)
    .map((f) => text(f));
  const what = `model${m.name !== m.id ? `: ${text(m.name)}` : ''}${facts.length > 0 ? ` · ${facts.join(' · ')}` : ''}`;
  const aliases = m.aliases?.length ? ` Also called ${m.aliases.map(text).join(', ')}.` : '';
  const out = header(p, what, [`${m.description ?? ''}${aliases}`, m.hypothetical ? 'Hypothetical: inferred to exist, never published.' : '']);
  const accounts = p.r.derivations.filter((d) => d.to === p.r.id).length;
  out.push(...section(p.st, accounts > 1 ? `Trained from: ${accounts} alternative accounts (✓ the one levels follow)` : 'Trained from', trainedFrom(p), p.columns));
  // A step it feeds as a teacher (its outputs were the data) is marked so.
  const children = p.r.derivations.filter((d) => d.from.includes(p.r.id) || d.teachers.includes(p.r.id)).map((d) => `${p.st.id(text(d.to))}${d.from.includes(p.r.id) ? '' : ' (as teacher)'}`);
  // Right under the steps it came from: the steps it went into.
  if (children.length > 0) out.push(...hanging(`${p.st.heading('Trained into')}: `, [...new Set(children)].join(', '), p.columns, 2));
  out.push(...section(p.st, 'Levels', levels(p), p.columns));
  const anyTrusted = (m.dates ?? []).some((d) => d.trusted);
  out.push(...section(p.st, anyTrusted ? 'Dates reported (✓ trusted)' : 'Dates reported (none trusted)', dates(p, m), p.columns));
  out.push(...section(p.st, 'Sources', sources(p, m), p.columns));
  const disputed = p.r.errata.map((e) => oneLine(`  ${p.st.warn('≠')} `, trustedReading(e), p.columns));
  const open = p.r.questions.map((q) => oneLine(`  ${p.st.warn('?')} `, text(q.question), p.columns));
  out.push(...section(p.st, 'Disputed (≠) and open (?)', capped(p, [...disputed, ...open], 3, `gptlineage show ${m.id} --verbose`), p.columns));
  const first = [...p.r.levels].sort((a, b) => LEVEL_RANK.indexOf(a.level) - LEVEL_RANK.indexOf(b.level))[0]?.capability ?? 'CAPABILITY';
  return [...out, ...hints(p.st, [`why ${m.id} ${first}`, `lineage ${m.id}`], p.columns)];
}

/** One line per derivation into the model: parents → model by methods, confidence, account, data; the one levels follow first. */
function trainedFrom(p: PageContext): string[] {
  const into = p.r.derivations.filter((d) => d.to === p.r.id);
  if (into.length === 0) return [p.st.dim('  No recorded derivation: a root of the lineage.')];
  const followed = mostFollowed(p.r.levels);
  const ordered = [...into].sort((a, b) => Number(b.id === followed) - Number(a.id === followed));
  return ordered.flatMap((d, i) => stepLines(p, d, into.length === 1 ? '  ' : i === 0 ? `  ${p.st.good('✓')} ` : `  ${p.st.dim('or')} `));
}

/** The derivation most of the model's levels are inherited along. */
function mostFollowed(levels: ModelLevel[]): string | undefined {
  const counts = new Map<string, number>();
  for (const l of levels) if (l.via) counts.set(l.via, (counts.get(l.via) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1])[0]?.[0];
}

function stepLines(p: PageContext, d: DerivationView, lead: string): string[] {
  const { st } = p;
  // A merge names all its inputs only under --verbose; `lineage` draws them.
  const inputs = d.from.length > 2 && !p.verbose ? [d.from[0]!, `${d.from.length - 1} more (a merge)`] : d.from;
  const from = inputs.length > 0 ? inputs.map((f) => st.id(text(f))).join(' + ') : st.dim('scratch');
  const account = d.account ? ` · ${text(d.account)} account` : '';
  const recipe = d.basis === 'recipe' ? ' (same recipe, not the same weights)' : '';
  const out = hanging(lead, `${from} → ${st.id(text(d.to))} by ${d.methods.map(text).join(' + ')}${recipe}${onOutputsOf(d)} · ${confidence(st, d.confidence)}${st.dim(account)}`, p.columns, lead.length + 2);
  for (const x of p.verbose ? d.data : []) out.push(oneLine(' '.repeat(lead.length + 2), `on ${x.amount ? `${quantity(x.amount)} of ` : ''}${text(x.what)}${x.source ? ` (${cite(p, x.source, x.locator)})` : ''}`, p.columns));
  return out;
}

function levels(p: PageContext): string[] {
  if (p.r.levels.length === 0) return [p.st.dim('  No claim speaks about this model: every level is unknown.')];
  return levelTable(p.st, p.r.levels, p.columns, 'capability');
}


/** Reported dates, the trusted one marked ✓. */
function dates(p: PageContext, m: Model): string[] {
  const reports = m.dates ?? [];
  if (reports.length === 0) return [];
  const width = Math.max(...reports.map((d) => formatDate(d.date).length));
  const events = Math.max(...reports.map((d) => d.event.length));
  // A small table without a head: the mark, the date, what happened, who says so.
  return reports.flatMap((d) => hanging(`  ${d.trusted ? p.st.good('✓') : ' '} ${pad(text(formatDate(d.date)), width)}  ${pad(d.event, events)}  `, cite(p, d.source, d.locator), p.columns, 8));
}

const LEVEL_RANK = ['strong', 'present', 'weak', 'none', 'unknown'];

/** ", on outputs of T" for a distillation step: the teachers whose outputs were its data. */
export function onOutputsOf(d: DerivationView): string {
  return d.teachers.length > 0 ? `, on outputs of ${d.teachers.map(text).join(' + ')}` : '';
}

function sources(p: PageContext, m: Model): string[] {
  const refs = (m.sources ?? []).map((s) => cite(p, s.source, s.locator));
  return [...describedBy(p, m), ...(refs.length === 0 ? [] : hanging('  ', refs.join('; '), p.columns, 2))];
}

/** `Described in: Ouyang et al. 2022 §3.5 (per Fu et al. 2022 row 5, …)`, or that the source names no paper. */
function describedBy(p: PageContext, m: Model): string[] {
  if (!m.describedBy) return [];
  const papers = m.describedBy.papers.map((s) => cite(p, s.source, s.locator));
  const what = papers.length > 0 ? `Described in ${papers.join(' and ')}` : 'No paper named for it';
  return hanging('  ', `${what} (per ${cite(p, m.describedBy.per.source, m.describedBy.per.locator)})`, p.columns, 4);
}

/** An erratum in one line: what the trusted reading says. */
export function trustedReading(e: PageContext['r']['errata'][number]): string {
  const trusted = e.readings.find((r) => r.trusted);
  return trusted ? text(trusted.says) : `Unresolved: ${text(e.readings[0]?.says)}`;
}
