/**
 * `trace` and `why` as text: the verdict first, then in a fixed order the lineage, where it first
 * appears and on what credit, the later steps, the alternatives, and the open questions; the rest of
 * the evidence behind --verbose or a `show` hint.
 */
import type { TraceResult, TraceStep } from '../../queries/types.js';
import type { RenderOptions } from '../index.js';
import { claimBlock } from './claim-block.js';
import { finish, hanging, pad } from './layout.js';
import { levelTable } from './levels.js';
import { namesOf, type Names } from './names.js';
import { hints, section } from './page.js';
import { alternatives, firstAppearances } from './trace-origins.js';
import { laterSection, laterSummary } from './later.js';
import { bestClaim, likeliest, stepName, traceVerdict } from './trace-verdict.js';
import { change, confidence, level, makeStyle, text, type Style } from './style.js';

/** Render a trace result. */
export function renderTraceText(r: TraceResult, o: RenderOptions): string {
  const st = makeStyle(o.chalk);
  const names = namesOf(r);
  const cols = o.columns;
  const verbose = o.verbose === true;
  const c = r.capability;
  const aliases = verbose && c.aliases.length > 0 ? ` (${c.aliases.map(text).join(', ')})` : '';
  const out = hanging(`${st.bold(st.id(text(c.id)))} — `, `${text(c.name)}${st.dim(aliases)}${c.kind === 'limitation' ? st.warn(' · a limitation') : ''}${r.model ? ` ${st.bold('on')} ${st.id(text(r.model))}` : ''}`, cols, 2);
  if (verbose && c.description) out.push(...hanging('', st.dim(text(c.description)), cols, 0));
  out.push('', ...traceVerdict(r, names).flatMap((s) => hanging('', st.bold(s), cols, 2)), ...laterSummary(st, names, r, cols));
  const paths = r.model && !r.allPaths ? ' (shortest path; --all-paths for all)' : '';
  out.push(...section(st, r.model ? `Along the lineage of ${text(r.model)}${paths}` : 'Who has it', lineage(st, r, cols, verbose), cols));
  out.push(...firstAppearances(st, names, r, cols, verbose));
  out.push(...section(st, 'Later steps', laterSteps(st, names, r, cols, verbose), cols));
  out.push(...alternatives(st, names, r, cols, verbose));
  // Who has said what since the claims were first graded: the line above, the sources under --verbose.
  if (verbose) out.push(...laterSection(st, names, r, cols));
  out.push(...footer(st, r, cols, verbose));
  const credit = r.origins.length > 0 ? bestClaim(likeliest(r.origins).credits, names) : undefined;
  const more = verbose ? [] : [`${r.model ? `why ${r.model} ${c.id}` : `trace ${c.id}`} --verbose`];
  const questions = r.questions.length > 0 && !verbose ? [`questions --about ${c.id}   (${r.questions.length} open)`] : [];
  return finish([...out, ...hints(st, [...(credit ? [`show ${credit.id}`] : []), ...more, ...questions], cols)]);
}

const MAX_LINES = 2;
const MAX_NAMED = 6;

/** The path(s) parent → child with the level after each step, then the levels table. */
function lineage(st: Style, r: TraceResult, cols: number, verbose: boolean): string[] {
  const lines = verbose || r.model ? r.lines : r.lines.slice(0, MAX_LINES);
  const out = lines.flatMap((line) => hanging('  ', lineText(st, r, line.steps), cols, 4));
  if (lines.length < r.lines.length) out.push(...hanging('  ', st.dim(`… ${r.lines.length - lines.length} more lines: --verbose`), cols, 4));
  // Along one model's line the path already gives each level; the table is for the whole tree.
  const levels = r.model && !verbose ? [] : r.models.filter((m) => m.level !== 'unknown' || verbose);
  if (levels.length > 0) out.push(...(out.length > 0 ? [''] : []), ...(verbose ? levelTable(st, levels, cols, 'model') : levelSummary(st, levels, cols)));
  // Each assumption the walk used is named once.
  for (const a of r.assumptions) out.push(...hanging('  ', st.dim(`~ assumes: ${text(a.statement)} (${a.cap} at most)`), cols, 4));
  return out;
}

/** One line or two per level: the first few models named (`~` inferred), the rest counted; --verbose has the full table. */
function levelSummary(st: Style, levels: TraceResult['models'], cols: number): string[] {
  return (['strong', 'present', 'weak', 'none'] as const).flatMap((l) => {
    const ms = levels.filter((m) => m.level === l);
    if (ms.length === 0) return [];
    const names = ms.map((m) => `${m.basis === 'inferred' ? '~' : ''}${text(m.model)}`);
    const row = (n: number) => hanging(`  ${pad(level(st, l), 11)}  `, `${ms.length}: ${names.slice(0, n).join(', ')}${ms.length > n ? ` + ${ms.length - n} more` : ''}`, cols, 15);
    // Fewer names rather than a third line.
    let n = Math.min(MAX_NAMED, ms.length);
    while (n > 1 && row(n).join('\n').split('\n').length > 2) n--;
    return row(n);
  });
}

/** `gpt-3-12b → codex-12b → code-cushman-001 ■■· present → code-davinci-002 ■■■ strong`. */
function lineText(st: Style, r: TraceResult, steps: TraceStep[]): string {
  const parts = steps.map((s, i) => {
    const lvl = s.after === 'unknown' ? '' : ` ${level(st, s.after)}${s.unexplained ? st.warn('?') : ''}`;
    // A merge is one step with several inputs: the others are named, not walked as alternatives.
    const merge = s.inputs.length > 1 ? st.dim(` (a merge of ${s.inputs.length})`) : '';
    const to = `${st.id(text(s.to))}${lvl}${merge}`;
    return i === 0 && s.from === null ? to : `→ ${to}`;
  });
  return parts.join(' ') || st.dim(`${text(r.model ?? '')} (no recorded step)`);
}

const MAX_STEPS = 3;

/** Each later step on the followed accounts: its change, the step, its confidence, and the claim that explains it. */
function laterSteps(st: Style, names: Names, r: TraceResult, cols: number, verbose: boolean): string[] {
  const later = r.laterSteps.filter((s) => s.followed);
  const shown = verbose ? later : later.slice(0, MAX_STEPS);
  const out = shown.flatMap((s) => {
    // A later step is told by its effect claim when it has one.
    const claim = bestClaim(s.claims.filter((id) => names.claim(id)?.kind === 'effect'), names) ?? bestClaim(s.claims, names);
    // The step is named by its child (the path above gives the parents); the claim's words under --verbose.
    // An unexplained change is not put down to the step's methods: they are only what was on it.
    const methods = names.derivation(s.derivation)?.methods.map(text).join(' + ') ?? '';
    const why = s.unexplained ? ` · ${st.warn('unexplained')} (methods on this step: ${methods})` : '';
    const mark = s.mark ? ` · table: ${text(s.mark)}` : '';
    const head = hanging(`  ${pad(change(st, s.change), 11)} `, `→ ${st.id(text(s.to))} · ${s.before} → ${s.after} · ${confidence(st, s.confidence)}${mark}${why}`, cols, 14);
    return verbose && claim ? [...head, ...hanging(' '.repeat(14), st.dim(text(claim.statement)), cols, 14)] : head;
  });
  if (verbose) for (const id of [...new Set(shown.flatMap((s) => s.claims))]) out.push(...claimBlock(st, names, id, { indent: 4, columns: cols, evidence: Infinity }));
  const left = later.length - shown.length;
  if (left > 0) out.push(...hanging('  ', st.dim(`… ${left} more steps: --verbose`), cols, 4));
  return out;
}

/** Open questions (counted, or listed under --verbose), and what --min-confidence or --all-paths left out. */
function footer(st: Style, r: TraceResult, cols: number, verbose: boolean): string[] {
  const out: string[] = [];
  if (verbose) out.push(...section(st, 'Open questions', r.questions.flatMap((q) => hanging(`  ${st.warn('?')} `, text(q.question), cols, 4)), cols));
  const notes: string[] = [];
  for (const h of r.hiddenItems) notes.push(`Hidden: ${h.kind === 'origin' ? 'the first appearance at' : `the ${h.kind}`} ${text(h.id)} is graded ${h.confidence ?? 'unknown'}, below your floor (${r.minConfidence}).`);
  if (r.hidden > r.hiddenItems.length) notes.push(`${r.hidden - r.hiddenItems.length} claim(s) or model(s) weaker than ${r.minConfidence} hidden.`);
  if (r.truncated) notes.push('Only the first paths are listed.');
  return [...out, ...(notes.length > 0 ? ['', ...notes.flatMap((n) => hanging('', st.dim(n), cols, 0))] : [])];
}
