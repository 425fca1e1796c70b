/** Later evidence in a trace: one line on what changed since the claims were first graded, and who says what since. */
import type { LaterChange, TraceResult } from '../../queries/types.js';
import { claimInWords } from './claim-block.js';
import { hanging } from './layout.js';
import { shortCite, type Names } from './names.js';
import { confidence, stance, text, type Style } from './style.js';

/** `Since first graded: X hypothesis → likely (2024-09); later work on 2 claims: 9 for, 2 against, 8 qualifying.` */
export function laterSummary(st: Style, names: Names, r: TraceResult, cols: number): string[] {
  if (r.later.length === 0) return [];
  const moved = r.later.filter((l) => l.review !== null);
  const grades = moved.map((l) => `${claimLabel(st, names, l.claim)}, ${l.from} → ${l.to} (${text(l.date)})`);
  const count = (k: 'supports' | 'contradicts' | 'qualifies') => r.later.reduce((n, l) => n + l[k].length, 0);
  const tally = `later work on ${r.later.length} claim${r.later.length === 1 ? '' : 's'}: ${count('supports')} for, ${count('contradicts')} against, ${count('qualifies')} qualifying`;
  return hanging('', `${st.bold('Since first graded:')} ${grades.length > 0 ? `${grades.join('; ')}; ${tally}` : `no grade moved; ${tally}`}.`, cols, 0);
}

/** The "Later evidence" section: each reviewed claim, its grade then and now, and the later sources on each side. */
export function laterSection(st: Style, names: Names, r: TraceResult, cols: number): string[] {
  if (r.later.length === 0) return [];
  return ['', st.heading('Later evidence'), ...r.later.flatMap((l) => laterLines(st, names, l, cols))];
}

function laterLines(st: Style, names: Names, l: LaterChange, cols: number): string[] {
  const grade = l.review ? `${confidence(st, l.from)} → ${confidence(st, l.to)} ${st.dim(`(${text(l.date)})`)}` : `${confidence(st, l.to)} ${st.dim('(grade unchanged)')}`;
  const out = hanging('  ', `${claimLabel(st, names, l.claim)}  ${grade}`, cols, 4);
  for (const side of ['supports', 'contradicts', 'qualifies'] as const) {
    if (l[side].length === 0) continue;
    out.push(...hanging(`    ${stance(st, side)} `, l[side].map((id) => shortCite(names.source(id), id)).join(', '), cols, 14));
  }
  return out;
}

/** A claim named in words (see claimInWords); its id only when the answer does not carry it. */
function claimLabel(st: Style, names: Names, id: string): string {
  const c = names.claim(id);
  return c ? claimInWords(c, names) : st.id(text(id));
}
