/** The middle of a trace: where the capability first appears and on whose credit, and the alternatives (hypotheses and accounts). */
import type { OriginSite, TraceResult } from '../../queries/types.js';
import { claimBlock } from './claim-block.js';
import { clip, hanging, pad } from './layout.js';
import { type Names } from './names.js';
import { section } from './page.js';
import { bestClaim, likeliest, secondOrigin, stepName, unknownStart } from './trace-verdict.js';
import { confidence, level, text, type Style } from './style.js';

const MAX_SITES = 3;

/** One line per first appearance (★ credited, ☆ unexplained), then the claims that credit the likeliest one. */
export function firstAppearances(st: Style, names: Names, r: TraceResult, cols: number, verbose: boolean): string[] {
  const ordered = [...r.origins].sort((a, b) => Number(a !== likeliest(r.origins)) - Number(b !== likeliest(r.origins)) || Number(a.unexplained) - Number(b.unexplained));
  // When the verdict names two first appearances, the list gives back the line it took.
  const shown = verbose ? ordered : ordered.slice(0, secondOrigin(r) ? MAX_SITES - 1 : MAX_SITES);
  const lines = shown.flatMap((s) => siteLine(st, names, s, cols));
  if (r.origins.length === 0) lines.push(...hanging('  ', st.dim(r.minConfidence ? `No first appearance rests on ${r.minConfidence} ground or stronger.` : unknownStart(r) ?? 'Nowhere on these lines does it rise above none.'), cols, 2));
  if (shown.length < ordered.length) lines.push(...hanging('  ', st.dim(`… ${ordered.length - shown.length} more first appearances: --verbose`), cols, 4));
  const credits = verbose ? [...new Set(r.origins.flatMap((s) => s.credits))] : (r.origins.length > 0 ? [bestClaim(likeliest(r.origins).credits, names)?.id] : []).filter((x): x is string => x !== undefined);
  const blocks = credits.flatMap((id) => claimBlock(st, names, id, { indent: 2, columns: cols, evidence: verbose ? Infinity : r.model ? 1 : 2, more: false }));
  return section(st, 'Where it first appears', [...lines, ...blocks], cols);
}

function siteLine(st: Style, names: Names, s: OriginSite, cols: number): string[] {
  const mark = s.unexplained ? st.warn('☆') : st.good('★');
  // Without a claim, the step's methods are only what was on it, not why it appeared.
  const d = names.derivation(s.derivation);
  const why = s.unexplained ? `${st.warn('unexplained: no claim says why')} (methods on this step: ${d?.methods.map(text).join(' + ') ?? ''})` : `credited · ${confidence(st, s.confidence)}`;
  return hanging(`  ${mark} `, `${stepName(names, s.derivation, !s.unexplained)} · ${why}`, cols, 4);
}

/** Competing hypotheses, competing accounts of a model, and claims that would apply only if they generalised. */
export function alternatives(st: Style, names: Names, r: TraceResult, cols: number, verbose: boolean): string[] {
  const out: string[] = [];
  const hypotheses = verbose ? r.competingClaims : r.competingClaims.slice(0, 2);
  for (const id of hypotheses) {
    if (verbose) out.push(...claimBlock(st, names, id, { indent: 2, columns: cols, evidence: Infinity }));
    else {
      const c = names.claim(id);
      const lead = `  ${pad(confidence(st, c?.confidence ?? null), 16)}  `;
      out.push(`${lead}${clip(text(c?.statement ?? id), cols - 20)}`);
    }
  }
  if (hypotheses.length < r.competingClaims.length) out.push(...hanging('  ', st.dim(`… ${r.competingClaims.length - hypotheses.length} more competing hypotheses: --verbose`), cols, 4));
  // Along one model's line, the accounts of that model matter; over the whole tree, every contested one.
  const differ = r.competingDerivations.filter((c) => new Set(c.options.map((o) => o.level)).size > 1 && (verbose || !r.model || c.model === r.model));
  for (const c of differ) {
    // The followed account is the one the answer above uses; the others are what the alternatives would give.
    const others = c.options.filter((o) => !o.followed);
    // Options on one shared account name it once, in the lead.
    const shared = others.every((o) => o.account !== null && o.account === others[0]?.account) ? others[0]!.account : null;
    const options = others.map((o) => {
      const d = names.derivation(o.derivation);
      const from = d ? (d.from.length > 0 ? `from ${d.from.length > 2 ? `${text(d.from[0]!)} + ${d.from.length - 1} more` : d.from.map(text).join(' + ')}` : 'from scratch') : `by ${text(o.derivation)}`;
      return `${from}${o.account && !shared ? ` (${text(o.account)} account)` : ''} gives ${level(st, o.level)}, ${confidence(st, o.confidence)}`;
    });
    const lead = shared ? `by the ${text(shared)} account:` : 'by another account:';
    out.push(...hanging(`  ${st.id(text(c.model))} ${st.dim(lead)} `, options.join('; '), cols, 4));
  }
  if (r.generalisations.length > 0) {
    const words = `${r.generalisations.length} claim${r.generalisations.length === 1 ? '' : 's'} would apply further only if ${r.generalisations.length === 1 ? 'it generalises' : 'they generalise'}; nothing rests on ${r.generalisations.length === 1 ? 'it' : 'them'}.`;
    out.push(...hanging('  ', st.dim(words), cols, 4));
    if (verbose) for (const g of r.generalisations) out.push(...hanging('    ', `${text(names.claim(g.claim)?.statement ?? g.claim)} ${confidence(st, g.confidence)}: ${g.derivations.map(text).join(', ')}`, cols, 6));
  }
  return section(st, 'Alternatives', out, cols);
}
