/** `show METHOD`: what it is credited with, grouped by mechanism and effect, and where it was used. */
import type { ClaimView } from '../../queries/types.js';
import type { Method } from '../../kb/types.js';
import { CONFIDENCES } from '../../kb/scales.js';
import { hanging, pad } from './layout.js';
import { capped, cite, header, hints, oneLine, section, type PageContext } from './page.js';
import { confidence, text } from './style.js';

const MECHANISM_VERB = { injected: 'injects', unlocked: 'unlocks', 'by-product': 'by-product', traded: 'trades' } as const;
const GROUPS = [...Object.keys(MECHANISM_VERB), 'raises', 'lowers', 'restores'] as const;

/** The describe page of a method. */
export function methodPage(p: PageContext): string[] {
  const m = p.r.entity as unknown as Method;
  const aliases = m.aliases?.length ? `Also called ${m.aliases.map(text).join(', ')}.` : '';
  const out = header(p, `method: ${text(m.name)}${m.variantOf ? ` · a kind of ${text(m.variantOf)}` : ''}`, [m.description, aliases]);
  const claims = p.r.claims.filter((c) => c.kind !== 'exhibits' && (c.method === m.id || p.r.derivations.some((d) => d.id === c.derivation)));
  out.push('', ...hanging('', verdict(text(m.name), claims), p.columns, 0));
  out.push(...section(p.st, 'Origin of', groupLines(p, claims.filter((c) => c.kind === 'origin')), p.columns));
  out.push(...section(p.st, 'Effects', groupLines(p, claims.filter((c) => c.kind === 'effect')), p.columns));
  const used = p.r.derivations.map((d) => oneLine('  ', `${d.from.map(text).join(' + ') || 'scratch'} → ${text(d.to)}${d.account ? ` (${text(d.account)} account)` : ''}`, p.columns));
  out.push(...section(p.st, 'Used in', capped(p, used, 4, `gptlineage show ${m.id} --verbose`), p.columns));
  const refs = (m.sources ?? []).map((s) => cite(p, s.source, s.locator));
  out.push(...section(p.st, 'Sources', refs.length > 0 ? hanging('  ', refs.join('; '), p.columns, 2) : [], p.columns));
  out.push(...section(p.st, 'Open questions', capped(p, p.r.questions.map((q) => oneLine(`  ${p.st.warn('?')} `, text(q.question), p.columns)), 3, `gptlineage questions --about ${m.id}`), p.columns));
  const strongest = [...claims].sort((a, b) => rank(a) - rank(b))[0];
  return [...out, ...hints(p.st, strongest ? [`show ${strongest.id}`] : [], p.columns)];
}

/** `RLHF is credited with unlocking 5 capabilities and injecting none; it raises 7, lowers 2 and restores 1.` */
export function verdict(name: string, claims: ClaimView[]): string {
  const origins = claims.filter((c) => c.kind === 'origin');
  const count = (pick: (c: ClaimView) => boolean) => new Set(claims.filter(pick).map((c) => c.capability)).size;
  const unlocks = count((c) => c.mechanism === 'unlocked');
  const injects = count((c) => c.mechanism === 'injected');
  const others = origins.filter((c) => c.mechanism !== 'unlocked' && c.mechanism !== 'injected').map((c) => `${MECHANISM_VERB[c.mechanism!]} ${c.capability}`);
  const plural = (n: number) => `${n === 0 ? 'none' : n} ${n === 1 ? 'capability' : n === 0 ? '' : 'capabilities'}`.trim();
  const origin = origins.length === 0 ? `No claim credits ${name} as the origin of a capability` : `${name} is credited with unlocking ${plural(unlocks)} and injecting ${plural(injects)}${others.length > 0 ? `; ${others.join(', ')}` : ''}`;
  const effects = (['raises', 'lowers', 'restores'] as const).map((d) => [d, count((c) => c.direction === d)] as const).filter(([, n]) => n > 0);
  const effect = effects.length === 0 ? '' : `; it ${effects.map(([d, n]) => `${d} ${n}`).join(', ')}`;
  return `${origin}${effect}.`;
}

/** Claims under the verb of their mechanism or direction: capability, the model it is about, confidence. */
function groupLines(p: PageContext, claims: ClaimView[]): string[] {
  return GROUPS.flatMap((g) => {
    const group = claims.filter((c) => c.mechanism === g || c.direction === g).sort((a, b) => rank(a) - rank(b) || a.capability.localeCompare(b.capability));
    return group.flatMap((c, i) => {
      const verb = i === 0 ? (MECHANISM_VERB[g as keyof typeof MECHANISM_VERB] ?? g) : '';
      const on = c.model ? ` in ${text(c.model)}` : '';
      const to = c.level && c.direction ? ` to ${c.level}` : '';
      const traded = c.tradedFor ? `, traded for ${text(c.tradedFor)}` : '';
      const line = hanging(`  ${p.st.bold(pad(verb, 11))} `, `${p.st.id(text(c.capability))}${on}${to}${traded}  ${confidence(p.st, c.confidence)}`, p.columns, 14);
      return p.verbose ? [...line, ...hanging(' '.repeat(14), p.st.dim(text(c.statement)), p.columns, 14)] : line;
    });
  });
}

function rank(c: ClaimView): number {
  return CONFIDENCES.indexOf(c.confidence);
}
