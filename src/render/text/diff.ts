/** `diff` as text: the verdict first, then a change list (change, capability, each side's level, footnotes), the steps, and the claims. */
import type { DiffResult } from '../../queries/types.js';
import type { RenderOptions } from '../index.js';
import { claimBlock } from './claim-block.js';
import { changeOf, CHANGE_ORDER, reasons, verdictLines } from './diff-changes.js';
import { finish, hanging, pad } from './layout.js';
import { namesOf, type Names } from './names.js';
import { hints, oneLine, section } from './page.js';
import { change, confidence, level, makeStyle, text, type Style } from './style.js';
import { table } from './table.js';

/** Render a diff result. */
export function renderDiffText(r: DiffResult, o: RenderOptions): string {
  const st = makeStyle(o.chalk);
  const names = namesOf(r);
  const out = verdictLines(r, names).flatMap((l) => hanging('', l, o.columns, 2));
  if (r.a === r.b) return finish(out);
  const ordered = [...r.differences].sort((x, y) => CHANGE_ORDER.indexOf(changeOf(x, names)) - CHANGE_ORDER.indexOf(changeOf(y, names)));
  // Each explaining claim is footnoted once, in the order the rows cite them.
  const notes = [...new Set(ordered.flatMap(reasons))];
  if (ordered.length > 0) {
    const rows = ordered.map((d) => {
      return [change(st, changeOf(d, names)), text(d.capability), level(st, d.a.level), level(st, d.b.level), reasons(d).length > 0 ? `[${reasons(d).map((id) => notes.indexOf(id) + 1).join(',')}]` : ''];
    });
    // Flush left: the five columns need every one of the 80.
    out.push('', ...table(st, ['change', 'capability', text(r.a), text(r.b), 'why'], rows, o.columns, 0));
  }
  out.push(...steps(st, names, r, o.columns, o.verbose === true));
  if (notes.length > 0) out.push('', st.heading('Why'));
  // One line a claim here; the whole claim and its evidence under --verbose.
  const shownNotes = o.verbose ? notes : notes.slice(0, MAX_NOTES);
  shownNotes.forEach((id, i) => {
    const c = names.claim(id);
    if (o.verbose || !c) out.push(...claimBlock(st, names, id, { indent: 2, columns: o.columns, evidence: Infinity, label: `[${i + 1}]`, ids: o.ids }));
    else out.push(oneLine(`  ${pad(`[${i + 1}]`, 4)} ${pad(confidence(st, c.confidence), 16)} `, text(c.statement), o.columns));
  });
  if (shownNotes.length < notes.length) out.push(...hanging('  ', st.dim(`… ${notes.length - shownNotes.length} more claims: --verbose`), o.columns, 4));
  if (r.hidden > 0) out.push('', ...hanging('', st.dim(`${r.hidden} difference(s) weaker than ${r.minConfidence} hidden.`), o.columns, 0));
  const first = ordered[0];
  out.push(...hints(st, [...(notes[0] && !o.verbose ? [`diff ${r.a} ${r.b} --verbose`] : []), ...(first ? [`why ${r.b} ${first.capability}`] : [])], o.columns));
  return finish(out);
}

/** The steps on each side of the meeting point, parent → child, one per line. */
const MAX_STEP_LINES = 6;
const MAX_NOTES = 12;

function steps(st: Style, names: Names, r: DiffResult, columns: number, verbose: boolean): string[] {
  const sides = [[r.a, r.sides.a], [r.b, r.sides.b]] as const;
  const all = sides.flatMap(([, ids]) =>
    ids.flatMap((id) => {
      const d = names.derivation(id);
      if (!d) return [`  ${text(id)}`];
      const from = d.from.length > 0 ? d.from.map(text).join(' + ') : 'scratch';
      const account = d.account ? st.dim(` · ${text(d.account)} account`) : '';
      return hanging('  ', `${from} → ${st.id(text(d.to))} by ${d.methods.map(text).join(' + ')} · ${confidence(st, d.confidence)}${account}`, columns, 4);
    }),
  );
  const lines = verbose || all.length <= MAX_STEP_LINES ? all : [...all.slice(0, MAX_STEP_LINES), ...hanging('  ', st.dim(`… more steps: gptlineage diff ${r.a} ${r.b} --verbose`), columns, 4)];
  return section(st, r.meetsAt.length > 0 ? `Steps from ${r.meetsAt.map(text).join(' or ')}` : 'Steps', lines, columns);
}
