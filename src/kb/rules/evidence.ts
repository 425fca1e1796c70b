/** Rules about support: claims carry evidence, evidence names a source, confidence matches it. */
import { WEAK_EVIDENCE_KINDS } from '../scales.js';
import type { Evidence } from '../types.js';
import { entitiesOf, report, type Rule } from './context.js';
import type { EntityRecord } from '../entity-record.js';

function supported(ctx: Parameters<Rule>[0]): EntityRecord[] {
  return entitiesOf(ctx, 'claim').concat(entitiesOf(ctx, 'derivation'), entitiesOf(ctx, 'review'));
}

export const claimsHaveEvidence: Rule = (ctx) => {
  for (const e of supported(ctx)) {
    const evidence = (e.data.evidence as Evidence[] | undefined) ?? [];
    if (evidence.length === 0) report(ctx, 'CLAIM_WITHOUT_EVIDENCE', e, ['id'], 'has no evidence; add an `evidence:` list with at least one cited source');
  }
};

export const evidenceHasSource: Rule = (ctx) => {
  for (const e of supported(ctx)) {
    ((e.data.evidence as Evidence[] | undefined) ?? []).forEach((ev, index) => {
      if (ev.source === undefined) report(ctx, 'EVIDENCE_WITHOUT_SOURCE', e, ['evidence', index], `evidence #${index + 1} names no source; add \`source: <source id>\``);
    });
  }
};

/** `established` needs evidence stronger than argument or anecdote among its supports. */
export const establishedRestsOnStrongEvidence: Rule = (ctx) => {
  for (const e of supported(ctx)) {
    if (e.data.confidence !== 'established') continue;
    const supports = ((e.data.evidence as Evidence[] | undefined) ?? []).filter((ev) => ev.stance === 'supports');
    if (supports.length > 0 && supports.every((ev) => WEAK_EVIDENCE_KINDS.includes(ev.kind))) {
      report(ctx, 'WEAK_ESTABLISHED', e, ['confidence'], `is \`established\` but rests only on ${[...new Set(supports.map((s) => s.kind))].join(' and ')}; lower it to \`likely\` or add stronger evidence`);
    }
  }
};

/** An origin or effect says what caused it: a method, a derivation, or both. */
export const claimsHaveCause: Rule = (ctx) => {
  for (const c of entitiesOf(ctx, 'claim')) {
    if (c.data.kind !== 'exhibits' && c.data.method === undefined && c.data.derivation === undefined) {
      report(ctx, 'CLAIM_WITHOUT_CAUSE', c, ['kind'], `an ${String(c.data.kind)} claim names its cause; add \`method:\` or \`derivation:\``);
    }
  }
};

/** An erratum trusts at most one reading. */
export const erratumTrustsOneReading: Rule = (ctx) => {
  for (const e of entitiesOf(ctx, 'erratum')) {
    const readings = e.data.readings as Array<{ trusted?: boolean }>;
    const trusted = readings.flatMap((r, i) => (r.trusted ? [i] : []));
    if (trusted.length > 1) report(ctx, 'ERRATUM_TRUSTS_TWO', e, ['readings', trusted[1]!, 'trusted'], 'more than one reading is marked `trusted`; keep it on the one the knowledge base believes');
  }
};
