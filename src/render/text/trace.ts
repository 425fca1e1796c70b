/** `trace` as text: one screen that says where a capability comes from, how, on what evidence, and how sure. */
import type { TraceResult, TraceStep } from '../../queries/types.js';
import type { RenderOptions } from '../index.js';
import { claimBlock } from './claim-block.js';
import { finish, hanging, pad } from './layout.js';
import { namesOf } from './names.js';
import { traceFooter } from './trace-footer.js';
import { originLines, summaryLine } from './trace-origins.js';
import { isAbove } from '../../kb/scales.js';
import { change, confidenceMark, level, makeStyle, text, type Style } from './style.js';
import { laterSection, laterSummary } from './later.js';

/** Render a trace result. */
export function renderTraceText(r: TraceResult, o: RenderOptions): string {
  const st = makeStyle(o.chalk);
  const names = namesOf(r);
  const cols = o.columns;
  const c = r.capability;
  const aliases = c.aliases.length > 0 ? st.dim(` (${c.aliases.map(text).join(', ')})`) : '';
  const kind = c.kind === 'limitation' ? st.warn(' · a limitation') : '';
  const out = hanging(`${st.bold(text(c.name))}  `, `${st.id(c.id)}${aliases}${kind}${r.model ? ` ${st.bold('on')} ${st.id(text(r.model))}` : ''}`, cols, 2);
  if (c.description) out.push(...hanging('', text(c.description), cols, 0));
  out.push('', ...hanging('', summaryLine(r), cols, 0), ...laterSummary(st, r, cols));
  out.push(...originLines(st, names, r, cols));

  const heading = r.model ? `Along the lineage of ${text(r.model)}` : 'Who has it';
  const meet = r.meetsAt && !r.model && r.lines.length > 1 ? st.dim(`  (lines meet at ${text(r.meetsAt)})`) : '';
  out.push('', `${st.heading(heading)}${meet}`);
  for (const line of r.lines) out.push(...hanging('  ', lineText(st, r, line.steps), cols, 4));
  if (r.lines.length > 0 && r.models.length > 0) out.push('');
  out.push(...levelGroups(st, r, cols));

  // Steps along accounts nobody follows are summed up under competing accounts; the JSON keeps them all.
  const later = r.laterSteps.filter((s) => s.followed);
  // Footnoted once: [1], [2]…; a claim already shown under "Credited to" is named by id instead.
  const credited = new Set(r.origins.flatMap((s) => s.credits));
  const notes = [...new Set(later.flatMap((s) => s.claims))].filter((id) => !credited.has(id));
  const competing = new Set(r.competingDerivations.map((c) => c.model));
  if (later.length > 0) out.push('', st.heading('Later steps'));
  for (const s of later) out.push(...stepLines(st, names, s, cols, notes, competing.has(s.to)));
  notes.forEach((id, i) => out.push(...claimBlock(st, names, id, { indent: 4, columns: cols, evidence: 0, label: `[${i + 1}]` })));
  out.push(...laterSection(st, names, r, cols));
  out.push(...traceFooter(st, r, cols));
  return finish(out);
}

/** Models grouped by level, strongest first; each with its confidence, `~` marking a level inferred from ancestors. */
function levelGroups(st: Style, r: TraceResult, cols: number): string[] {
  const order = ['strong', 'present', 'weak', 'none', 'unknown'] as const;
  const out = order.flatMap((l) => {
    const ms = r.models.filter((m) => m.level === l);
    if (ms.length === 0) return [];
    const names = ms.map((m) => `${m.basis === 'inferred' ? '~' : ''}${st.id(text(m.model))}${m.level === 'unknown' ? '' : ` ${confidenceMark(st, m.confidence)}`}`);
    return hanging(`  ${pad(level(st, l), 11)}  `, names.join(', '), cols, 15);
  });
  if (r.models.some((m) => m.basis === 'inferred')) out.push(...hanging('  ', st.dim('~ inferred along the lineage, not claimed; the others are claimed directly. ●●●● established … ○○○○ open.'), cols, 2));
  // Each assumption the walk used is named once.
  for (const a of r.assumptions) out.push(...hanging('  ', st.dim(`~ assumes: ${text(a.statement)} (graded ${a.cap} at most)`), cols, 4));
  return out;
}

const LINE_MARK: Partial<Record<TraceStep['change'], string>> = { appears: '★', weakened: '▼', lost: '−', raised: '▲', restored: '↺' };

/** `davinci → code-davinci-002 ★present → text-davinci-002 ▼weak`: each model with its level where known and above none. */
function lineText(st: Style, r: TraceResult, steps: TraceStep[]): string {
  const parts = steps.map((s, i) => {
    const mark = `${LINE_MARK[s.change] ?? ''}${s.unexplained ? '?' : ''}`;
    const lvl = isAbove(s.after) ? ` ${st.dim(`${mark}${s.after}`)}` : mark ? ` ${mark}` : '';
    // A merge is one step with several inputs: the line names the others instead of walking them as alternatives.
    const merge = s.inputs.length > 1 ? `${st.dim(`(merged with ${s.inputs.filter((m) => m !== s.from).map(text).join(' + ')})`)} ` : '';
    const to = `${st.id(text(s.to))}${lvl}`;
    return i === 0 && s.from === null ? to : `→ ${merge}${to}`;
  });
  return parts.join(' ') || st.dim(`${text(r.model ?? '')} (no recorded derivation)`);
}

function stepLines(st: Style, names: ReturnType<typeof namesOf>, s: TraceStep, cols: number, notes: string[], contested: boolean): string[] {
  const d = names.derivation(s.derivation);
  const from = d && d.from.length > 0 ? (d.from.length > 2 ? `${text(d.from[0]!)} + ${d.from.length - 1} more` : d.from.map(text).join(' + ')) : 'scratch';
  const label = d?.account ? `${text(d.account)}'s account` : 'unlabelled account';
  const account = !s.followed ? `${label}, not followed` : contested ? label : '';
  const refs = s.claims.map((id) => (notes.includes(id) ? `[${notes.indexOf(id) + 1}]` : `(${text(id)})`)).join(' ');
  const methods = d ? d.methods.map(text).join(' + ') : '';
  // An unexplained change is not put down to the step's methods: they are only what was on it.
  const how = !d ? '' : s.unexplained ? `unexplained; methods on this step: ${methods}` : `by ${methods}`;
  const mark = s.mark && /^[+−-]+$/.test(s.mark) ? `table: ${s.mark}` : '';
  const detail = [`${s.before} → ${s.after}`, mark, how, account, s.confidence ?? ''].filter(Boolean).join(' · ');
  return hanging(`  ${pad(change(st, s.change), 12)} `, `${st.id(text(s.to))} ← ${from} ${st.dim(detail)} ${refs}`, cols, 15);
}
