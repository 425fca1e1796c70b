/** Naming things in text output: short citations, derivation arrows, evidence lines. */
import type { ClaimView, DerivationView, Dictionaries, EvidenceView, SourceView } from '../../queries/types.js';
import { hanging } from './layout.js';
import { stance, text, type Style } from './style.js';

/** Lookups over a result's dictionaries. */
export interface Names {
  claim(id: string): ClaimView | undefined;
  derivation(id: string): DerivationView | undefined;
  source(id: string): SourceView | undefined;
}

/** Index a result's dictionaries by id. */
export function namesOf(d: Partial<Dictionaries>): Names {
  const claims = new Map((d.claims ?? []).map((c) => [c.id, c]));
  const derivations = new Map((d.derivations ?? []).map((x) => [x.id, x]));
  const sources = new Map((d.sources ?? []).map((s) => [s.id, s]));
  return { claim: (id) => claims.get(id), derivation: (id) => derivations.get(id), source: (id) => sources.get(id) };
}

/** `Wei et al. 2022`, `Fu and Khot 2022`, or a shortened title. */
export function shortCite(s: SourceView | undefined, fallback: string): string {
  if (!s) return fallback;
  const last = (name: string) => name.trim().split(/\s+/).at(-1) ?? name;
  // A list cut short ends in "et al.": then the first author stands for all, however few are named.
  const cut = s.authors.at(-1)?.trim() === 'et al.';
  const named = cut ? s.authors.slice(0, -1) : s.authors;
  const who =
    named.length === 0 ? shorten(s.title, 40) : named.length === 1 && !cut ? last(named[0]!) : named.length === 2 && !cut ? `${last(named[0]!)} and ${last(named[1]!)}` : `${last(named[0]!)} et al.`;
  return text(s.year ? `${who} ${s.year}` : who);
}

/** `a + b → c`, or `(scratch) → c`. */
export function arrow(st: Style, d: DerivationView | undefined, fallback: string): string {
  if (!d) return st.id(text(fallback));
  const from = d.from.length > 0 ? d.from.map((m) => st.id(text(m))).join(' + ') : st.dim('(from scratch)');
  return `${from} → ${st.id(text(d.to))}`;
}

/** Evidence, one wrapped item each: stance, citation and locator, then the note. */
export function evidenceLines(st: Style, names: Names, evidence: EvidenceView[], columns: number, indent: number): string[] {
  return evidence.flatMap((e) => {
    const cite = shortCite(e.source ? names.source(e.source) : undefined, e.source ?? 'no source');
    const where = e.locator ? ` ${text(e.locator)}` : '';
    // The citation is part of the wrapped text, so a long locator wraps instead of widening the line.
    return hanging(`${' '.repeat(indent)}${stance(st, e.stance)} `, `${st.dim(`${cite}${where}, ${e.kind}:`)} ${text(e.note)}`, columns, indent + 10);
  });
}

/** Cut a string to `max` characters with an ellipsis. */
function shorten(s: string, max: number): string {
  return s.length <= max ? s : `${s.slice(0, max - 1)}…`;
}
