/** Rules about later reviews of claims: dated after what they cite, and never surer than their evidence. */
import { dateBounds, sourceDate } from '../dates.js';
import { hasStrongSupport } from '../evidence-strength.js';
import { confidenceRank, type Confidence } from '../scales.js';
import type { Evidence, Source } from '../types.js';
import { entitiesOf, report, type Rule } from './context.js';

/** A review takes effect no earlier than the newest source it cites (else `--as-of` would show it too soon). */
export const reviewsFollowTheirSources: Rule = (ctx) => {
  const sources = new Map(entitiesOf(ctx, 'source').map((s) => [s.id, s.data as unknown as Source]));
  for (const r of entitiesOf(ctx, 'review')) {
    const day = dateBounds(r.data.date as string)[1];
    ((r.data.evidence as Evidence[] | undefined) ?? []).forEach((ev, index) => {
      const source = ev.source === undefined ? undefined : sources.get(ev.source);
      const published = source && sourceDate(source);
      if (published && day < dateBounds(published)[0]) {
        report(ctx, 'REVIEW_BEFORE_SOURCE', r, ['date'], `is dated ${String(r.data.date)}, before \`${ev.source}\` (evidence #${index + 1}) appeared; date it no earlier than its newest source`);
      }
    });
  }
};

/** Raising a claim's grade needs later evidence that supports it, of a kind stronger than argument or anecdote. */
export const regradesAreSupported: Rule = (ctx) => {
  const claims = new Map(entitiesOf(ctx, 'claim').map((c) => [c.id, c.data.confidence as Confidence]));
  for (const r of entitiesOf(ctx, 'review')) {
    const to = r.data.confidence as Confidence | undefined;
    const from = claims.get(r.data.claim as string);
    if (to === undefined || from === undefined || confidenceRank(to) >= confidenceRank(from)) continue;
    if (!hasStrongSupport((r.data.evidence as Evidence[] | undefined) ?? [])) report(ctx, 'REGRADE_UNSUPPORTED', r, ['confidence'], `raises \`${String(r.data.claim)}\` from ${from} to ${to} with no supporting evidence stronger than argument or anecdote; add it or keep the grade`);
  }
};

/** A study's model sizes run from the smallest to the largest. */
export const scalesAreOrdered: Rule = (ctx) => {
  for (const e of entitiesOf(ctx, 'claim').concat(entitiesOf(ctx, 'derivation'), entitiesOf(ctx, 'review'))) {
    ((e.data.evidence as Evidence[] | undefined) ?? []).forEach((ev, index) => {
      if (ev.scale?.to !== undefined && ev.scale.to < ev.scale.from) {
        report(ctx, 'SCALE_REVERSED', e, ['evidence', index, 'scale', 'to'], `evidence #${index + 1}: \`scale.to\` (${ev.scale.to}) is below \`scale.from\` (${ev.scale.from}); give the smallest model first`);
      }
    });
  }
};
