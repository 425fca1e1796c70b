/** The end of a trace: competing derivations, open questions, and what --min-confidence hid. */
import type { TraceResult } from '../../queries/types.js';
import { hanging } from './layout.js';
import { confidence, level, text, type Style } from './style.js';

const MAX_QUESTIONS = 3;

/** Competing accounts, open questions and notes, as text lines. */
export function traceFooter(st: Style, r: TraceResult, cols: number): string[] {
  const out: string[] = [];
  if (r.competingDerivations.length > 0) {
    // Accounts that disagree on the level matter here; the others are only counted.
    const differ = r.competingDerivations.filter((c) => new Set(c.options.map((o) => o.level)).size > 1);
    const agree = r.competingDerivations.length - differ.length;
    out.push('', st.heading('Competing accounts'));
    for (const c of differ) {
      out.push(`  ${st.id(text(c.model))}:`);
      for (const o of c.options) {
        const mark = o.followed ? st.good('✓ followed ') : st.dim('  alternative');
        const who = o.account ? `${text(o.account)}'s account` : 'unlabelled account';
        out.push(...hanging(`    ${mark} `, `${who} gives ${level(st, o.level)} ${confidence(st, o.confidence)} ${st.dim(text(o.derivation))}`, cols, 18));
      }
    }
    const agreeing = r.competingDerivations.filter((c) => !differ.includes(c)).map((c) => text(c.model));
    if (agree > 0) out.push(...hanging('  ', st.dim(`${differ.length > 0 ? 'Also contested, but every account gives the same level' : 'Contested, but every account gives the same level'}: ${agreeing.join(', ')}.`), cols, 2));
  }
  if (r.questions.length > 0) {
    out.push('', st.heading('Open questions'));
    // The first few keep the screen short; the JSON and `gptlineage questions` have them all.
    for (const q of r.questions.slice(0, MAX_QUESTIONS)) out.push(...hanging(`  ${st.warn('?')} `, `${text(q.question)} ${st.dim(`(${q.id})`)}`, cols, 4));
    const more = r.questions.length - MAX_QUESTIONS;
    if (more > 0) out.push(st.dim(`  … ${more} more: gptlineage questions`));
  }
  const notes: string[] = [];
  for (const h of r.hiddenItems) notes.push(hiddenNote(h, r.minConfidence));
  if (r.hidden > r.hiddenItems.length) notes.push(`${r.hidden - r.hiddenItems.length} claim(s) or model(s) weaker than ${r.minConfidence} hidden.`);
  if (r.truncated) notes.push('Only the first paths are listed.');
  if (!r.allPaths && r.model) notes.push('Shortest path shown; --all-paths lists every path.');
  if (notes.length > 0) out.push('', ...notes.flatMap((n) => hanging('', st.dim(n), cols, 0)));
  return out;
}

/** `Hidden: the first appearance at d-x is graded hypothesis, below your floor (likely).` */
function hiddenNote(h: TraceResult['hiddenItems'][number], floor: string | null): string {
  const what = h.kind === 'origin' ? 'the first appearance at' : h.kind === 'step' ? 'the step' : `the ${h.kind}`;
  return `Hidden: ${what} ${text(h.id)} is graded ${h.confidence ?? 'unknown'}, below your floor (${floor}).`;
}
