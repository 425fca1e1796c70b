/** The top of a trace: a one-line summary, where the capability first appears, and the claims that credit it. */
import { isAbove } from '../../kb/scales.js';
import type { TraceResult } from '../../queries/types.js';
import { claimBlock } from './claim-block.js';
import { hanging } from './layout.js';
import { type Names } from './names.js';
import { confidence, text, type Style } from './style.js';

/** `In short: 4 models have it; it first appears at code-davinci-002; weakened 2×, restored 1×.` */
export function summaryLine(r: TraceResult): string {
  const holders = r.models.filter((m) => isAbove(m.level)).length;
  const where = r.origins.map((s) => s.derivation);
  const unexplained = r.origins.filter((s) => s.unexplained).length;
  // Counts are of the steps listed below (the followed accounts); the others are counted apart.
  const listed = r.laterSteps.filter((s) => s.followed);
  const counts = ['raised', 'weakened', 'lost', 'restored']
    .map((c) => [c, listed.filter((s) => s.change === c).length] as const)
    .filter(([, n]) => n > 0)
    .map(([c, n]) => `${c} ${n}×`);
  const elsewhere = r.laterSteps.length - listed.length;
  const parts = [
    `${holders} model${holders === 1 ? '' : 's'} ${r.model ? 'on this lineage have' : 'have'} it`,
    where.length === 0 ? 'no derivation is where it first appears' : `it first appears ${where.length === 1 ? 'at one step' : `at ${where.length} steps`}${unexplained > 0 ? ` (${unexplained} unexplained)` : ''}`,
    counts.length > 0 ? `later ${counts.join(', ')}` : '',
    elsewhere > 0 ? `${elsewhere} more step${elsewhere === 1 ? '' : 's'} on alternative accounts` : '',
  ];
  return `In short: ${parts.filter(Boolean).join('; ')}.`;
}

/** One line per site, then each credited claim once (with evidence), then the competing hypotheses. */
export function originLines(st: Style, names: Names, r: TraceResult, cols: number): string[] {
  const contested = new Set(r.competingDerivations.map((c) => c.model));
  const out = ['', st.heading('Where it first appears')];
  if (r.origins.length === 0) {
    const none = r.minConfidence ? `  No first appearance rests on ${r.minConfidence} ground or stronger.` : '  Nowhere on these lines does it rise above none.';
    out.push(...hanging('  ', st.dim(none.trim()), cols, 2));
  }
  const everyCredit = new Set(r.origins.flatMap((s) => s.credits));
  const shared = [...everyCredit].filter((id) => r.origins.every((s) => s.credits.includes(id)));
  // Sites reached by the same methods and credited to the same claims read as one line.
  for (const group of groupSites(names, r)) {
    const [first] = group;
    const d = names.derivation(first!.derivation);
    const methods = d ? `${d.methods.map(text).join(' + ')}${d.basis === 'recipe' ? ' (recipe)' : ''}` : '';
    // Without a claim, the step's methods are what was on it, not why it appeared.
    const how = first!.unexplained ? `unexplained · methods on this step: ${methods}` : `by ${methods}`;
    const where = group.map((site) => {
      const g = names.derivation(site.derivation);
      const from = g && g.from.length > 0 ? `from ${parents(g.from)}` : 'from scratch';
      const account = g?.account && contested.has(g.to) ? `, ${text(g.account)}'s account` : '';
      return `${st.id(text(g?.to ?? site.derivation))} ${st.dim(`(${from}${account})`)}`;
    });
    const sure = first!.confidence; // sites are grouped by confidence too
    const own = first!.credits.filter((id) => !shared.includes(id));
    const credit = first!.unexplained ? st.dim(' · no claim explains it') : own.length > 0 ? st.dim(` · credited to ${own.join(', ')}`) : '';
    out.push(...hanging(`  ${first!.unexplained ? st.warn('☆') : st.good('★')} `, `${st.dim(how)} ${confidence(st, sure)}${credit}: ${where.join(', ')}`, cols, 4));
  }
  if (everyCredit.size > 0) out.push('', st.heading(shared.length === everyCredit.size && r.origins.length > 1 ? 'Credited (at every step above) to' : 'Credited to'));
  for (const id of everyCredit) out.push(...claimBlock(st, names, id, { indent: 2, columns: cols, evidence: 3 }));
  if (r.competingClaims.length > 0) out.push('', st.heading('Competing hypotheses'));
  for (const id of r.competingClaims) out.push(...claimBlock(st, names, id, { indent: 2, columns: cols, evidence: 2 }));
  out.push(...generalisationLines(st, r, cols));
  return out;
}

/** Claims the knowledge applies elsewhere, and where they would apply too if they generalised. */
function generalisationLines(st: Style, r: TraceResult, cols: number): string[] {
  if (r.generalisations.length === 0) return [];
  const out = ['', st.heading('Would also apply if the hypothesis generalises'), ...hanging('  ', st.dim('No level rests on these; each is graded speculative at most.'), cols, 2)];
  for (const g of r.generalisations) {
    const where = g.derivations.length > 4 ? `${g.derivations.slice(0, 4).map(text).join(', ')} and ${g.derivations.length - 4} more` : g.derivations.map(text).join(', ');
    out.push(...hanging('  ', `${text(g.claim)} ${confidence(st, g.confidence)}: ${where}`, cols, 4));
  }
  return out;
}

/** `a`, `a + b`, or `a + 3 more`. */
function parents(ids: string[]): string {
  return ids.length <= 2 ? ids.map(text).join(' + ') : `${text(ids[0]!)} + ${ids.length - 1} more`;
}

/** Sites grouped by their methods and credits, in first-seen order. */
function groupSites(names: Names, r: TraceResult): Array<TraceResult['origins']> {
  const groups = new Map<string, TraceResult['origins']>();
  for (const site of r.origins) {
    const d = names.derivation(site.derivation);
    const key = `${d?.methods.join('+') ?? site.derivation}|${site.credits.join('+')}|${site.confidence}|${site.unexplained}`;
    groups.set(key, [...(groups.get(key) ?? []), site]);
  }
  return [...groups.values()];
}
