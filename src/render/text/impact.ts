/** `impact` as text: what cites the target, then every conclusion that moves without it, most affected first. */
import type { ImpactChange, ImpactResult, ImpactState } from '../../queries/types.js';
import type { RenderOptions } from '../index.js';
import { finish, hanging } from './layout.js';
import { confidence, level, makeStyle, text, type Style } from './style.js';

const RESTS_ON_SHOWN = 6;

export function renderImpactText(r: ImpactResult, o: RenderOptions): string {
  const st = makeStyle(o.chalk);
  const when = r.asOf ? ` as of ${r.asOf}` : '';
  const out = [...hanging('', st.bold(`What rests on ${text(r.target.id)} (${r.target.entityKind})${when}`), o.columns, 2), ''];
  for (const [kind, ids] of Object.entries(r.restsOn)) {
    if (ids.length === 0) continue;
    // A source like the article itself is cited by hundreds: the first few, then a count.
    const shown = o.verbose ? ids : ids.slice(0, RESTS_ON_SHOWN);
    const more = ids.length > shown.length ? st.dim(` … ${ids.length - shown.length} more (--verbose lists them)`) : '';
    out.push(...hanging(`  ${st.dim(`${kind} (${ids.length}):`)} `, `${shown.map((id) => st.id(text(id))).join(', ')}${more}`, o.columns, 4));
  }
  if (Object.values(r.restsOn).every((ids) => ids.length === 0)) out.push(st.dim('  nothing cites or names it'));
  out.push('');
  if (r.changes.length === 0) {
    out.push(`Without it, none of the ${r.compared} conclusions compared would change.`);
    return finish(out);
  }
  out.push(st.heading(`Without it, ${r.changes.length} of ${r.compared} conclusions change`));
  for (const c of r.changes) out.push(...hanging(`  ${kindLabel(st, c)} `, `${subject(c)}: ${state(st, c, c.before)} → ${state(st, c, c.after)}${shift(c)}`, o.columns, 4));
  return finish(out);
}

function kindLabel(st: Style, c: ImpactChange): string {
  return st.dim({ level: 'level ', origin: 'origin', grade: 'grade ' }[c.kind]);
}

function subject(c: ImpactChange): string {
  const s = c.subject;
  if (c.kind === 'level') return `${text(s.model)} · ${text(s.capability)}`;
  if (c.kind === 'origin') return `${text(s.capability)} first appears at ${text(s.derivation)}`;
  return text(s.claim);
}

function state(st: Style, c: ImpactChange, x: ImpactState | null): string {
  // A level nothing supports any more is unknown, not none; a claim or a first appearance is gone.
  if (x === null) return c.kind === 'level' ? level(st, 'unknown') : st.bad(c.kind === 'grade' ? 'withdrawn' : 'gone');
  const credits = c.kind === 'origin' ? ` (${x.credits.length > 0 ? x.credits.map(text).join(', ') : 'no claim credits it'})` : '';
  return `${c.kind === 'level' ? `${level(st, x.level)} ` : ''}${confidence(st, x.confidence)}${credits}`;
}

/** "(level −1, confidence −2)" for the moves that happened. */
function shift(c: ImpactChange): string {
  const parts = [c.shift.level !== 0 ? `level ${signed(c.shift.level)}` : '', c.shift.confidence !== 0 ? `confidence ${signed(c.shift.confidence)}` : ''].filter(Boolean);
  return parts.length > 0 ? `  (${parts.join(', ')})` : '';
}

function signed(n: number): string {
  return n > 0 ? `+${n}` : `−${-n}`;
}
