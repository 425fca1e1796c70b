/** Rules about where claims apply: the derivations a claim names must use the method it is about. */
import type { EntityRecord } from '../entity-record.js';
import { entitiesOf, report, type Rule } from './context.js';

/**
 * A claim about a method applies only on derivations that use that method (the walk matches the
 * method by id, not its variants), so an `appliesTo` entry without it would silently never apply.
 */
export const appliesToUseTheMethod: Rule = (ctx) => {
  for (const c of entitiesOf(ctx, 'claim')) {
    const method = c.data.method as string | undefined;
    const targets = c.data.appliesTo as string[] | undefined;
    if (method === undefined || targets === undefined) continue;
    targets.forEach((id, i) => {
      const d = derivation(ctx, id);
      const methods = (d?.data.methods as string[] | undefined) ?? [];
      if (d === undefined || methods.includes(method)) return; // a missing derivation is DANGLING_REF's to report
      report(ctx, 'APPLIES_WITHOUT_METHOD', c, ['appliesTo', i], `applies to \`${id}\`, which does not use \`${method}\` (its methods: ${methods.join(', ')}); add \`${method}\` to that derivation's methods, or take \`${id}\` out of appliesTo`);
    });
  }
};

function derivation(ctx: Parameters<Rule>[0], id: string): EntityRecord | undefined {
  return ctx.byId.get(id)?.find((e) => e.kind === 'derivation' && e.valid);
}
