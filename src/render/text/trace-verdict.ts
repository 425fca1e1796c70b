/** The answer of a trace in one to three sentences, composed from the result by templates: the level, the likeliest origin, the steps that changed it. */
import { CONFIDENCES, isAbove } from '../../kb/scales.js';
import type { ClaimView, OriginSite, TraceResult, TraceStep } from '../../queries/types.js';
import { how } from './claim-block.js';
import type { Names } from './names.js';
import { text } from './style.js';

/** The verdict sentences of a trace (`why M C` when it has a model). */
export function traceVerdict(r: TraceResult, names: Names): string[] {
  const cap = text(r.capability.id);
  return [r.model ? levelSentence(r, cap) : holdersSentence(r, cap), originSentence(r, names), changeSentence(r, names)].filter((s) => s !== '');
}

/** `code-davinci-002 has chain-of-thought: strong, established (claimed for it).` */
function levelSentence(r: TraceResult, cap: string): string {
  const m = r.models.find((x) => x.model === r.model);
  const model = text(r.model!);
  if (!m || m.level === 'unknown') return `Whether ${model} has ${cap} is unknown: no claim speaks about it and none can be carried along its lineage.`;
  const basis = m.basis === 'explicit' ? 'claimed for it' : 'inferred along its lineage, not claimed';
  const verb = m.level === 'none' ? `does not have ${cap}` : `has ${cap} at level ${m.level}`;
  return `${model} ${verb}, ${m.confidence ?? 'unknown'} (${basis}).`;
}

/** `12 models have chain-of-thought; it first appears on 11 steps, 8 of them unexplained.` */
function holdersSentence(r: TraceResult, cap: string): string {
  const n = r.models.filter((m) => isAbove(m.level)).length;
  return `${n} model${n === 1 ? ' has' : 's have'} ${cap}${r.models.length > n ? ` (of ${r.models.length} the knowledge speaks about)` : ''}.`;
}

/** When no first appearance is shown because the capability is held where the level before is unknown: says so. */
export function unknownStart(r: TraceResult): string | null {
  const held = r.lines.flatMap((l) => l.steps).find((s) => s.change === 'unknown' && isAbove(s.after));
  return held ? `Where it first appears is unknown: no level is known for the models before ${text(held.to)}.` : null;
}

/**
 * The likeliest origin: the best-supported credited site, or the first site when none is credited.
 * Over the whole tree, first appearances sit on separate lineages and years apart; when the
 * best-supported one is not the earliest with a claim behind it, both are named, with their years.
 */
function originSentence(r: TraceResult, names: Names): string {
  if (r.origins.length === 0) return unknownStart(r) ?? (r.model ? `It never rises above none on ${text(r.model)}'s lineage.` : 'No step is where it first appears.');
  const site = likeliest(r.origins);
  const unexplained = r.origins.filter((s) => s.unexplained).length;
  const others = r.origins.length > 1 ? ` (${r.origins.length} first appearances in all; ${unexplained} unexplained)` : '';
  if (site.unexplained) return `It first rises on ${stepName(names, site.derivation, false)}, and no claim says why${others}.`;
  const earliest = secondOrigin(r);
  if (earliest) {
    return `It first appears on ${r.origins.length} steps, ${unexplained} unexplained; earliest explained: ${siteWords(earliest, names, true)}; best supported: ${siteWords(site, names, true)}.`;
  }
  return `Most likely origin: ${siteWords(site, names, false)}${others}.`;
}

/** A credited site: its step, (its year), how its best claim says it came, and the grade it rests on. */
function siteWords(site: OriginSite, names: Names, year: boolean): string {
  const credit = bestClaim(site.credits, names);
  // The conclusion is graded by its weakest link (the site), not by the crediting claim alone.
  const grade = site.confidence ?? 'unknown';
  const claimGrade = credit && credit.confidence !== grade ? ` (the claim itself: ${credit.confidence})` : '';
  const when = year && site.since ? ` in ${site.since.slice(0, 4)}` : '';
  // A claim about this very step would name it twice: say only how.
  const onStep = credit?.derivation === site.derivation && !credit.method;
  const what = credit ? `${how({ ...credit, level: null, ...(onStep ? { derivation: null } : {}) }, names)}, ${grade}${claimGrade}` : grade;
  return `${stepName(names, site.derivation)}${when}, ${what}`;
}

/** Over the whole tree, the earliest explained first appearance when it is not the best supported one (the verdict then names both). */
export function secondOrigin(r: TraceResult): OriginSite | undefined {
  if (r.model || r.origins.length === 0) return undefined;
  const earliest = earliestCredited(r.origins);
  return earliest !== likeliest(r.origins) ? earliest : undefined;
}

/** The dated credited site that comes first; undefined when none is dated. */
function earliestCredited(sites: OriginSite[]): OriginSite | undefined {
  const dated = sites.filter((s) => !s.unexplained && s.since !== null);
  return dated.sort((a, b) => (a.since! < b.since! ? -1 : a.since! > b.since! ? 1 : 0))[0];
}

/** `Later, code-cushman-001 + 3 more → code-davinci-002 raised it to strong.` */
function changeSentence(r: TraceResult, names: Names): string {
  const steps = r.laterSteps.filter((s) => s.followed && s.change !== 'unchanged' && s.change !== 'unknown');
  if (steps.length === 0 && r.model) return r.origins.length > 0 ? 'No later step changed it.' : '';
  // Over the whole tree, the changes are counted; along one model's line, each is named.
  if (!r.model) {
    const counts = (['raised', 'weakened', 'lost', 'restored'] as const).map((c) => [PAST[c], steps.filter((s) => s.change === c).length] as const).filter(([, n]) => n > 0);
    const elsewhere = r.laterSteps.filter((s) => !s.followed).length;
    const alt = elsewhere > 0 ? `; ${elsewhere} more step${elsewhere === 1 ? '' : 's'} on alternative accounts` : '';
    if (steps.length === 0) return r.origins.length > 0 ? `No later step changed it${alt}.` : '';
    return `Later steps ${counts.map(([c, n]) => `${c} it ${n === 1 ? 'once' : `${n}×`}`).join(', ')}${steps.some((s) => s.unexplained) ? ` (${steps.filter((s) => s.unexplained).length} unexplained)` : ''}${alt}.`;
  }
  const shown = steps.slice(0, 2).map((s) => `${stepName(names, s.derivation, false)} ${PAST[s.change] ?? s.change} it${s.after !== 'unknown' ? ` to ${s.after}` : ''}${s.unexplained ? ' (unexplained)' : ''}`);
  const more = steps.length > 2 ? `; ${steps.length - 2} more below` : '';
  return `Later, ${shown.join('; ')}${more}.`;
}

const PAST: Partial<Record<TraceStep['change'], string>> = { raised: 'raised', weakened: 'lowered', lost: 'lost', restored: 'restored', appears: 'gave' };

/** `codex-12b → code-cushman-001 (code-training)`, a merge as `a + 3 more → b`. */
export function stepName(names: Names, id: string, methods = true): string {
  const d = names.derivation(id);
  if (!d) return text(id);
  const from = d.from.length === 0 ? 'scratch' : d.from.length > 2 ? `${text(d.from[0]!)} + ${d.from.length - 1} more` : d.from.map(text).join(' + ');
  return `${from} → ${text(d.to)}${methods ? ` (${d.methods.map(text).join(' + ')})` : ''}`;
}

const ORDER: readonly string[] = CONFIDENCES;

/** Credited sites before unexplained ones, then the surer first. */
export function likeliest(sites: OriginSite[]): OriginSite {
  const rank = (s: OriginSite) => (s.unexplained ? 10 : 0) + (s.confidence ? ORDER.indexOf(s.confidence) : 9);
  return [...sites].sort((a, b) => rank(a) - rank(b))[0]!;
}

/** The best-graded of some claims. */
export function bestClaim(ids: string[], names: Names): ClaimView | undefined {
  const claims = ids.map((id) => names.claim(id)).filter((c): c is ClaimView => c !== undefined);
  return claims.sort((a, b) => ORDER.indexOf(a.confidence) - ORDER.indexOf(b.confidence))[0];
}
