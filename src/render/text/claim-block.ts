/** A claim as text: confidence first, what it says, how it acts, then a few pieces of evidence for and against. */
import type { ClaimView, EvidenceView } from '../../queries/types.js';
import { hanging } from './layout.js';
import { evidenceLines, type Names } from './names.js';
import { confidence, text, type Style } from './style.js';

/** Layout of a claim block. */
export interface ClaimBlockOptions {
  indent: number;
  columns: number;
  /** How many pieces of evidence to show (0: none; Infinity: all). */
  evidence: number;
  /** Printed before the confidence, e.g. a footnote number. */
  label?: string;
  /** Print the claim's id too (`--ids`). */
  ids?: boolean;
  /** Say how much evidence is left out and where to see it (default); false when a hint below says so. */
  more?: boolean;
}

/** A claim block; evidence against or qualifying is shown before evidence for, the rest counted. */
export function claimBlock(st: Style, names: Names, id: string, o: ClaimBlockOptions): string[] {
  const c = names.claim(id);
  const pad = ' '.repeat(o.indent);
  if (!c) return [`${pad}${st.id(id)}`];
  const out = hanging(`${pad}${o.label ? `${o.label} ` : ''}${confidence(st, c.confidence)}  `, `${text(c.statement)} ${st.dim(`(${how(c, names)}${o.ids ? `; ${c.id}` : ''})`)}`, o.columns, o.indent + 2);
  if (o.evidence <= 0) return out;
  const ev = chooseEvidence(c.evidence, o.evidence);
  if (c.evidence.length > 0) out.push(...hanging(`${pad}  `, st.dim(tally(c.evidence)), o.columns, o.indent + 4));
  out.push(...evidenceLines(st, names, ev, o.columns, o.indent + 2));
  const left = c.evidence.length - ev.length;
  if (left > 0 && o.more !== false) out.push(...hanging(`${pad}  `, st.dim(`… ${left} more: gptlineage show ${c.id}`), o.columns, o.indent + 4));
  if (c.competesWith.length > 0) out.push(...hanging(`${pad}  `, st.dim(`competes with ${c.competesWith.map(text).join(', ')}`), o.columns, o.indent + 4));
  return out;
}

/** How a claim acts, in words: `a by-product of code-training`, `lowered to present by rlhf`, `strong`. */
export function how(c: ClaimView, names?: Names): string {
  const d = c.derivation ? names?.derivation(c.derivation) : undefined;
  const cause = c.method ?? (d ? `${d.from.join(' + ') || 'scratch'} → ${d.to}` : c.derivation);
  const by = cause ? ` by ${cause}` : '';
  if (c.mechanism === 'by-product') return `a by-product${cause ? ` of ${cause}` : ''}`;
  if (c.mechanism === 'traded') return `traded${by}${c.tradedFor ? ` for ${c.tradedFor}` : ''}`;
  if (c.mechanism) return `${c.mechanism}${by}`;
  const traded = c.tradedFor ? `, traded for ${c.tradedFor}` : '';
  if (c.direction) return `${PAST[c.direction]}${c.level ? ` to ${c.level}` : ''}${by}${traded}`;
  return c.level ?? c.kind;
}

/** What a claim says, in words: `chain-of-thought: a by-product of code-training` / `chain-of-thought in code-davinci-002 is strong`. */
export function claimInWords(c: ClaimView, names?: Names): string {
  const on = c.model ? ` in ${text(c.model)}` : '';
  if (c.kind === 'exhibits') return `${text(c.capability)}${on} is ${c.level ?? 'unknown'}${c.notation ? ` (the table's ${text(c.notation)})` : ''}`;
  return `${text(c.capability)}${on}: ${how(c, names)}`;
}

const PAST = { raises: 'raised', lowers: 'lowered', restores: 'restored' } as const;

/** `10 for, 1 against, 1 qualifying` */
function tally(evidence: EvidenceView[]): string {
  const n = (s: string) => evidence.filter((e) => e.stance === s).length;
  const parts = [`${n('supports')} for`, `${n('contradicts')} against`, n('qualifies') > 0 ? `${n('qualifies')} qualifying` : ''];
  return `evidence: ${parts.filter(Boolean).join(', ')}`;
}

/** Evidence against and qualifying first (it is rarer and matters more), then for, up to `max`. */
function chooseEvidence(evidence: EvidenceView[], max: number): EvidenceView[] {
  const against = evidence.filter((e) => e.stance !== 'supports');
  const forIt = evidence.filter((e) => e.stance === 'supports');
  const keepAgainst = against.slice(0, Math.max(1, Math.floor(max / 2)));
  const picked = new Set([...keepAgainst, ...forIt.slice(0, max - keepAgainst.length)]);
  return evidence.filter((e) => picked.has(e)).slice(0, max);
}
