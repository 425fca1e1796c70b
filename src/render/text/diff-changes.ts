/** What a diff's differences are, in words: each classified as a change (gained, lost, …), and the one-line verdict per change. */
import type { CapabilityDifference, ClaimView, DiffResult } from '../../queries/types.js';
import { levelRank, type ConcludedLevel } from '../../kb/scales.js';
import { how } from './claim-block.js';
import type { Names } from './names.js';
import { text } from './style.js';

/** A difference as a reader names it, from A's level to B's. */
export type DiffChange = 'gained' | 'lost' | 'raised' | 'lowered' | 'restored' | 'unexplained' | 'unknown';

/** The order changes are listed in: what B has that A had not, then what it lost, then the unexplained. */
export const CHANGE_ORDER: readonly DiffChange[] = ['gained', 'raised', 'restored', 'lowered', 'lost', 'unexplained', 'unknown'];

/** Classify one difference: unexplained when no claim on either side accounts for it. */
export function changeOf(d: CapabilityDifference, names: Names): DiffChange {
  // Unknown is not none: a level known on one side only is a gap in the knowledge, not a gain or a loss.
  if (d.a.level === 'unknown' || d.b.level === 'unknown') return 'unknown';
  if (d.unexplained) return 'unexplained';
  const [a, b] = [rank(d.a.level), rank(d.b.level)];
  if (b > a && [...d.explainedBy.a, ...d.explainedBy.b].some((id) => names.claim(id)?.direction === 'restores')) return 'restored';
  if (a <= 0 && b > 0) return 'gained';
  if (a > 0 && b <= 0) return 'lost';
  return b > a ? 'raised' : 'lowered';
}

/** The explaining claims of a difference, each once, strongest first. */
export function reasons(d: CapabilityDifference): string[] {
  return [...new Set([...d.explainedBy.a, ...d.explainedBy.b])];
}

/**
 * The verdict: how B relates to A, then one line per kind of change, naming the capabilities and,
 * when their claims agree on it, how they came about: `Gained: x, y (unlocked by instruction-tuning).`
 */
export function verdictLines(r: DiffResult, names: Names): string[] {
  const [a, b] = [text(r.a), text(r.b)];
  if (r.a === r.b) return [`${a} and ${b} are the same model: nothing differs.`];
  const out = [relation(r, names)];
  if (r.differences.length === 0) out.push(`No capability differs between ${a} and ${b}.`);
  for (const change of CHANGE_ORDER) {
    const ds = r.differences.filter((d) => changeOf(d, names) === change);
    if (ds.length === 0) continue;
    const caps = ds.map((d) => text(d.capability)).join(', ');
    if (change === 'unknown') {
      out.push(`Known on one side only: ${caps} (no claim gives the other side a level).`);
      continue;
    }
    const why = change === 'unexplained' ? 'no claim on either path says why' : sharedHow(ds, change, names);
    out.push(`${capital(change)} in ${b}: ${caps}${why ? ` (${why})` : ''}.`);
  }
  return out;
}

/** `text-davinci-002 descends from code-davinci-002 in one step (instruction-tuning + feedme).` */
function relation(r: DiffResult, names: Names): string {
  const [a, b] = [text(r.a), text(r.b)];
  const steps = (ids: string[]) => ids.map((id) => names.derivation(id)).filter((d) => d !== undefined);
  const methods = (ids: string[]) => [...new Set(steps(ids).flatMap((d) => d.methods))].map(text).join(' + ');
  const count = (n: number) => (n === 1 ? 'one step' : `${n} steps`);
  if (r.meetsAt.length === 0) return `${a} and ${b} share no ancestor in this knowledge base.`;
  if (r.sides.a.length === 0) return `${b} descends from ${a} in ${count(r.sides.b.length)} (${methods(r.sides.b)}).`;
  if (r.sides.b.length === 0) return `${a} descends from ${b} in ${count(r.sides.a.length)} (${methods(r.sides.a)}).`;
  return `${a} and ${b} branch from ${r.meetsAt.map(text).join(' or ')}: ${count(r.sides.a.length)} to ${a} (${methods(r.sides.a)}), ${count(r.sides.b.length)} to ${b} (${methods(r.sides.b)}).`;
}

/** The claims' own account of a group of changes when they all tell the same one (`unlocked by instruction-tuning`). */
function sharedHow(ds: CapabilityDifference[], change: DiffChange, names: Names): string {
  const phrases = new Set(ds.map((d) => {
    const claim = fittingClaim(d, change, names);
    return claim ? how({ ...claim, level: null, tradedFor: null }, names) : '';
  }));
  return phrases.size === 1 ? [...phrases][0]! : '';
}

/**
 * The first claim that pushes the way the change goes: on B's side in its direction, on A's side
 * against it (A restored is B lower). An origin or a raise pushes up; a lowering pushes down.
 */
function fittingClaim(d: CapabilityDifference, change: DiffChange, names: Names): ClaimView | undefined {
  const up = change === 'gained' || change === 'raised' || change === 'restored';
  const pushesUp = (c: ClaimView) => c.kind === 'origin' || c.direction === 'raises' || c.direction === 'restores';
  const fits = (id: string, side: 'a' | 'b') => {
    const c = names.claim(id);
    return c !== undefined && pushesUp(c) === (side === 'b' ? up : !up);
  };
  // A change in level is best told by an effect claim, a gain by an origin claim.
  const preferred = change === 'gained' || change === 'lost' ? 'origin' : 'effect';
  const byPreference = (ids: string[]) => [...ids].sort((x, y) => Number(names.claim(y)?.kind === preferred) - Number(names.claim(x)?.kind === preferred));
  const id = byPreference(d.explainedBy.b).find((x) => fits(x, 'b')) ?? byPreference(d.explainedBy.a).find((x) => fits(x, 'a'));
  return id === undefined ? undefined : names.claim(id);
}

function rank(l: ConcludedLevel): number {
  return levelRank(l);
}

function capital(s: string): string {
  return `${s[0]!.toUpperCase()}${s.slice(1)}`;
}
