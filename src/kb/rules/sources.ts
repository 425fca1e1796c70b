/** A source nobody cites is dead weight, or a claim that lost its evidence. */
import { referencesOf } from '../references.js';
import { entitiesOf, report, type Rule } from './context.js';

export const sourcesAreCited: Rule = (ctx) => {
  const cited = new Set<string>();
  for (const e of ctx.entities) {
    for (const ref of referencesOf(e.section, e.data)) if (ref.id !== e.id) cited.add(ref.id);
  }
  for (const s of entitiesOf(ctx, 'source')) {
    if (!cited.has(s.id)) report(ctx, 'UNCITED_SOURCE', s, ['id'], 'is cited nowhere; cite it as evidence or remove it');
  }
};
