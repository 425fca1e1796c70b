/** `show MODEL`: what it was trained from, by which methods, on each account; its levels; its dates; where sources disagree. */
import type { DerivationView, ModelLevel } from '../../queries/types.js';
import type { Model } from '../../kb/types.js';
import { formatDate } from '../../kb/dates.js';
import { CONFIDENCES } from '../../kb/scales.js';
import { hanging } from './layout.js';
import { cite, header, hints, oneLine, section, type PageContext } from './page.js';
import { confidence, level, text } from './style.js';
import { table } from './table.js';
import { quantity } from './values.js';

/** The describe page of a model. */
export function modelPage(p: PageContext): string[] {
  const m = p.r.entity as unknown as Model;
  const facts = [m.organisation, m.family && m.series ? `${m.family} (${m.series})` : (m.family ?? m.series), m.parameters ? quantity(m.parameters) : '', m.released ? `released ${formatDate(m.released)}` : '']
    .filter(Boolean)
    .map((f) => text(f));
  const what = `model${m.name !== m.id ? `: ${text(m.name)}` : ''}${facts.length > 0 ? ` · ${facts.join(' · ')}` : ''}`;
  const aliases = m.aliases?.length ? `Also called ${m.aliases.map(text).join(', ')}.` : '';
  const out = header(p, what, [m.description, aliases, m.hypothetical ? 'Hypothetical: inferred to exist, never published.' : '']);
  const accounts = p.r.derivations.filter((d) => d.to === p.r.id).length;
  out.push(...section(p.st, accounts > 1 ? `Trained from: ${accounts} alternative accounts (✓ the one levels follow)` : 'Trained from', trainedFrom(p), p.columns));
  out.push(...section(p.st, 'Levels', levels(p), p.columns));
  out.push(...section(p.st, 'Dates reported', dates(p, m), p.columns));
  out.push(...section(p.st, 'Trained into', usedIn(p), p.columns));
  out.push(...section(p.st, 'Sources', sources(p, m), p.columns));
  out.push(...section(p.st, 'Where sources disagree', p.r.errata.map((e) => oneLine(`  ${p.st.warn('≠')} `, trustedReading(e), p.columns)), p.columns));
  out.push(...section(p.st, 'Open questions', p.r.questions.map((q) => oneLine(`  ${p.st.warn('?')} `, text(q.question), p.columns)), p.columns));
  const first = p.r.levels[0]?.capability ?? 'CAPABILITY';
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
  const from = d.from.length > 0 ? d.from.map((f) => st.id(text(f))).join(' + ') : st.dim('scratch');
  const account = d.account ? ` · ${text(d.account)} account` : '';
  const recipe = d.basis === 'recipe' ? ' (same recipe, not the same weights)' : '';
  const out = hanging(lead, `${from} → ${st.id(text(d.to))} by ${d.methods.map(text).join(' + ')}${recipe}${onOutputsOf(d)} · ${confidence(st, d.confidence)}${st.dim(account)}`, p.columns, lead.length + 2);
  for (const x of d.data) out.push(oneLine(' '.repeat(lead.length + 2), `on ${x.amount ? `${quantity(x.amount)} of ` : ''}${text(x.what)}${x.source ? ` (${cite(p, x.source, x.locator)})` : ''}`, p.columns));
  return out;
}

/** Levels as a table, strongest first; capabilities at the same level and confidence share a row; inferred ones marked `~`. */
function levels(p: PageContext): string[] {
  const { st } = p;
  if (p.r.levels.length === 0) return [st.dim('  No claim speaks about this model: every level is unknown.')];
  const rows = new Map<string, { l: ModelLevel; caps: string[] }>();
  const sorted = [...p.r.levels].sort((a, b) => LEVEL_ORDER.indexOf(a.level) - LEVEL_ORDER.indexOf(b.level) || CONFIDENCES.indexOf(a.confidence!) - CONFIDENCES.indexOf(b.confidence!));
  for (const l of sorted) {
    const key = `${l.level}|${l.confidence}`;
    const row = rows.get(key) ?? { l, caps: [] };
    row.caps.push(`${l.basis === 'explicit' ? '' : '~'}${text(l.capability)}`);
    rows.set(key, row);
  }
  const cells = [...rows.values()].map(({ l, caps }) => [level(st, l.level), confidence(st, l.confidence), caps.join(', ')]);
  const inferred = p.r.levels.some((l) => l.basis !== 'explicit');
  return [...table(st, ['level', 'confidence', 'capabilities'], cells, p.columns), ...(inferred ? hanging('  ', st.dim('~ inferred along the lineage; the others are claimed for this model.'), p.columns, 2) : [])];
}

const LEVEL_ORDER = ['strong', 'present', 'weak', 'none', null];

/** Reported dates, the trusted one marked ✓. */
function dates(p: PageContext, m: Model): string[] {
  const reports = m.dates ?? [];
  if (reports.length === 0) return [];
  const rows = reports.map((d) => [d.trusted ? p.st.good('✓') : ' ', text(formatDate(d.date)), d.event, cite(p, d.source, d.locator)]);
  return table(p.st, [' ', 'date', 'event', 'reported by'], rows, p.columns);
}

/** Steps this model is a parent in. */
function usedIn(p: PageContext): string[] {
  const out = p.r.derivations.filter((d) => d.from.includes(p.r.id) || d.teachers.includes(p.r.id));
  return out.flatMap((d) => hanging('  ', `→ ${p.st.id(text(d.to))} by ${d.methods.map(text).join(' + ')}${role(d, p.r.id)}`, p.columns, 4));
}

/** How the model takes part in a step it feeds: merged with other parents, or as the teacher of another model's weights. */
function role(d: DerivationView, id: string): string {
  if (!d.from.includes(id)) return ` (as teacher: its outputs were the data${d.from.length > 0 ? `; weights from ${d.from.map(text).join(' + ')}` : ''})`;
  return d.from.length > 1 ? ` (merged with ${d.from.filter((f) => f !== id).map(text).join(' + ')})` : '';
}

/** ", on outputs of T" for a distillation step: the teachers whose outputs were its data. */
export function onOutputsOf(d: DerivationView): string {
  return d.teachers.length > 0 ? `, on outputs of ${d.teachers.map(text).join(' + ')}` : '';
}

function sources(p: PageContext, m: Model): string[] {
  const refs = (m.sources ?? []).map((s) => cite(p, s.source, s.locator));
  return refs.length === 0 ? [] : hanging('  ', refs.join('; '), p.columns, 2);
}

/** An erratum in one line: what the trusted reading says. */
export function trustedReading(e: PageContext['r']['errata'][number]): string {
  const trusted = e.readings.find((r) => r.trusted);
  return trusted ? text(trusted.says) : `Unresolved: ${text(e.readings[0]?.says)}`;
}
