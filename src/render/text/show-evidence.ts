/** `show CLAIM` and `show ERRATUM`: a statement with its grade and evidence, laid out as trace lays them out; readings as a table. */
import type { ClaimView } from '../../queries/types.js';
import { hanging, pad } from './layout.js';
import { claimInWords } from './claim-block.js';
import { evidenceLines } from './names.js';
import { capped, cite, header, hints, oneLine, section, type PageContext } from './page.js';
import { confidence, text } from './style.js';
import { table } from './table.js';
import { aboutLine } from './show-about.js';

const EVIDENCE_SHOWN = 8;

/** The describe page of a claim. */
export function claimPage(p: PageContext): string[] {
  const c = p.r.claims.find((x) => x.id === p.r.id)!;
  const grade = c.authorsGrade ? ` (the authors: ${text(c.authorsGrade)})` : '';
  const out = header(p, `${c.kind} claim · ${confidence(p.st, c.confidence)}${grade}`, [c.statement]);
  out.push('', ...hanging(`${p.st.bold('What it says:')} `, `${claimInWords(c, p.names)}.`, p.columns, 2));
  const shown = p.verbose ? c.evidence : c.evidence.slice(0, EVIDENCE_SHOWN);
  const tally = `${c.evidence.filter((e) => e.stance === 'supports').length} for, ${c.evidence.filter((e) => e.stance === 'contradicts').length} against, ${c.evidence.filter((e) => e.stance === 'qualifies').length} qualifying`;
  const ev = evidenceLines(p.st, p.names, shown, p.columns, 2);
  if (shown.length < c.evidence.length) ev.push(...hanging('  ', p.st.dim(`… ${c.evidence.length - shown.length} more: gptlineage show ${c.id} --verbose`), p.columns, 4));
  out.push(...section(p.st, `Evidence (${tally})`, ev, p.columns));
  const rivals = c.competesWith.map((id) => p.names.claim(id)).filter((x): x is ClaimView => x !== undefined);
  out.push(...section(p.st, 'Competes with', rivals.map((x) => oneLine(`  ${confidence(p.st, x.confidence)}  `, text(x.statement), p.columns)), p.columns));
  const reviews = p.r.related.filter((x) => x.role === 'reviewed-by').map((x) => `  ${p.st.id(text(x.id))}`);
  out.push(...section(p.st, 'Reviewed later', reviews, p.columns));
  out.push(...section(p.st, 'Open questions', p.r.questions.map((q) => oneLine(`  ${p.st.warn('?')} `, text(q.question), p.columns)), p.columns));
  out.push(...section(p.st, 'Where sources disagree', p.r.errata.map((e) => oneLine(`  ${p.st.warn('≠')} `, e.readings.find((r) => r.trusted)?.says ?? e.readings[0]!.says, p.columns))));
  return [...out, ...hints(p.st, [c.model ? `why ${c.model} ${c.capability}` : `trace ${c.capability}`, ...rivals.slice(0, 1).map((x) => `show ${x.id}`)], p.columns)];
}

/** The describe page of an erratum: what it is about, and each reading with the trusted one marked ✓. */
export function erratumPage(p: PageContext): string[] {
  const e = p.r.errata.find((x) => x.id === p.r.id)!;
  const trusted = e.readings.some((r) => r.trusted);
  const out = header(p, `erratum · sources disagree${trusted ? '' : ' and none is trusted'}`, []);
  out.push(...hanging(`${p.st.bold('About:')} `, e.about.map((id) => aboutLine(p, id)).join('; '), p.columns, 2));
  const rows = e.readings.map((r) => [r.trusted ? p.st.good('✓') : ' ', cite(p, r.source, r.locator), text(r.says)]);
  out.push(...section(p.st, 'Readings', table(p.st, [' ', 'source', 'says'], rows, p.columns), p.columns));
  if (e.note) out.push('', ...hanging(`${p.st.bold('Note:')} `, text(e.note), p.columns, 2));
  return [...out, ...(trusted ? ['', p.st.dim('✓ the reading the knowledge base trusts.')] : [])];
}

/** The describe page of a source: the reference, and every claim that cites it. */
export function sourcePage(p: PageContext, reference: string): string[] {
  const s = p.names.source(p.r.id)!;
  const out = header(p, `${s.kind}: ${cite(p, s.id)}`, [s.title]);
  out.push('', ...hanging(`${p.st.bold('Reference:')} `, reference, p.columns, 2));
  const citing = p.r.claims.map((c) => oneLine(`  ${pad(confidence(p.st, c.confidence), 16)}  `, text(c.statement), p.columns));
  out.push(...section(p.st, `Cited by ${citing.length} claim${citing.length === 1 ? '' : 's'}`, capped(p, citing, 20, `gptlineage show ${s.id} --verbose`), p.columns));
  const steps = p.r.derivations.map((d) => oneLine('  ', `${d.from.map(text).join(' + ') || 'scratch'} → ${text(d.to)} by ${d.methods.map(text).join(' + ')}`, p.columns));
  out.push(...section(p.st, 'Cited for lineage steps', steps, p.columns));
  return [...out, ...hints(p.st, [`cite ${s.id} --format bibtex`], p.columns)];
}
