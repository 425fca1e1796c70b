/** `show` for capabilities, derivations and questions, and naming any entity a page refers to in words. */
import type { Capability, Question } from '../../kb/types.js';
import { formatDate } from '../../kb/dates.js';
import { clip, hanging, pad } from './layout.js';
import { evidenceLines } from './names.js';
import { cite, header, hints, oneLine, section, type PageContext } from './page.js';
import { confidence, level, text } from './style.js';
import { quantity } from './values.js';

/** An entity a page refers to, named as a reader would: a step as `a → b`, a claim by its statement. */
export function aboutLine(p: PageContext, id: string, width = 60): string {
  const d = p.names.derivation(id);
  if (d) return `${d.from.map(text).join(' + ') || 'scratch'} → ${text(d.to)}`;
  const c = p.names.claim(id);
  if (c) return `"${clip(text(c.statement), Math.max(10, width - 2))}"`;
  return text(id);
}

/** The describe page of a capability: who has it, at what level, and what it is credited to. */
export function capabilityPage(p: PageContext): string[] {
  const c = p.r.entity as unknown as Capability;
  const aliases = c.aliases?.length ? `Also called ${c.aliases.map(text).join(', ')}.` : '';
  const out = header(p, `${c.kind === 'limitation' ? 'limitation' : 'capability'}: ${text(c.name)}`, [c.description, aliases]);
  const groups = (['strong', 'present', 'weak', 'none'] as const).flatMap((l) => {
    const ms = p.r.levels.filter((x) => x.level === l).map((x) => `${x.basis === 'explicit' ? '' : '~'}${text(x.model)}`);
    return ms.length === 0 ? [] : hanging(`  ${pad(level(p.st, l), 11)}  `, ms.join(', '), p.columns, 15);
  });
  if (p.r.levels.some((x) => x.basis !== 'explicit')) groups.push(...hanging('  ', p.st.dim('~ inferred along the lineage; the others are claimed.'), p.columns, 2));
  out.push(...section(p.st, 'Who has it', groups, p.columns));
  const origins = p.r.claims.filter((x) => x.kind === 'origin' && x.capability === c.id);
  out.push(...section(p.st, 'Credited to', origins.map((x) => oneLine(`  ${confidence(p.st, x.confidence)}  `, `${x.mechanism} by ${text(x.method ?? aboutLine(p, x.derivation ?? ''))}`, p.columns))));
  out.push(...section(p.st, 'Open questions', p.r.questions.map((q) => oneLine(`  ${p.st.warn('?')} `, text(q.question), p.columns)), p.columns));
  return [...out, ...hints(p.st, [`trace ${c.id}`], p.columns)];
}

/** The describe page of a derivation: parents → child by methods, on what data, how sure, on what evidence. */
export function derivationPage(p: PageContext): string[] {
  const d = p.names.derivation(p.r.id)!;
  const account = d.account ? ` · ${text(d.account)} account` : '';
  const out = header(p, `lineage step · ${confidence(p.st, d.confidence)}${account}`, []);
  out.push(...hanging('  ', `${aboutLine(p, d.id)} by ${d.methods.map(text).join(' + ')}${d.date ? `, ${formatDate(d.date)}` : ''}${d.basis === 'recipe' ? ' (same recipe, not the same weights)' : ''}`, p.columns, 4));
  if (d.description) out.push(...hanging('', text(d.description), p.columns, 0));
  out.push(...section(p.st, 'Data', d.data.map((x) => oneLine('  ', `${x.amount ? `${quantity(x.amount)} of ` : ''}${text(x.what)}${x.source ? ` (${cite(p, x.source, x.locator)})` : ''}`, p.columns))));
  const raw = p.r.entity as { evidence?: { source?: string; locator?: string; stance: 'supports' | 'contradicts' | 'qualifies'; kind: string; note: string }[] };
  const ev = (raw.evidence ?? []).map((e) => ({ source: e.source ?? null, locator: e.locator ?? null, stance: e.stance, kind: e.kind, note: e.note, verification: null }));
  out.push(...section(p.st, 'Evidence', evidenceLines(p.st, p.names, ev, p.columns, 2), p.columns));
  const rivals = d.competesWith.map((id) => p.names.derivation(id) ?? null).filter((x) => x !== null);
  out.push(...section(p.st, 'Alternatives', rivals.map((x) => oneLine('  or ', `${aboutLine(p, x.id)} by ${x.methods.map(text).join(' + ')}`, p.columns)), p.columns));
  return [...out, ...hints(p.st, [`lineage ${d.to}`], p.columns)];
}

/** The describe page of an open question. */
export function questionPage(p: PageContext): string[] {
  const q = p.r.entity as unknown as Question;
  const out = header(p, `open question · ${q.status ?? 'open'}`, [q.question, q.description]);
  out.push(...section(p.st, 'Bears on', q.about.map((id) => oneLine('  ', aboutLine(p, id, p.columns - 4), p.columns)), p.columns));
  out.push(...section(p.st, 'Raised by', (q.raisedBy ?? []).flatMap((r) => hanging('  ', cite(p, r.source, r.locator), p.columns, 4)), p.columns));
  return [...out, ...hints(p.st, ['questions'], p.columns)];
}
