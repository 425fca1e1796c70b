/** Every reference resolves, to an entity of a kind that makes sense there. */
import type { EntityKind } from '../types.js';
import { referencePath, referencesOf } from '../references.js';
import { shorten } from '../shorten.js';
import { suggest } from '../suggest.js';
import { report, type Rule, type RuleContext } from './context.js';

export const noDanglingReferences: Rule = (ctx) => {
  let aliasToId: Map<string, string> | undefined; // built only once a reference dangles
  const candidates = candidateLists(ctx);
  for (const entity of ctx.all) {
    for (const ref of referencesOf(entity.section, entity.data)) {
      const target = ctx.byId.get(ref.id)?.[0];
      if (target && (ref.kinds.length === 0 || ref.kinds.includes(target.kind))) continue; // the common case: nothing to word
      const wanted = ref.kinds.length === 0 ? 'entity' : ref.kinds.join(' or ');
      const path = referencePath(ref);
      if (!target) {
        aliasToId ??= aliasIndex(ctx.all);
        const viaAlias = aliasToId.get(ref.id.toLowerCase());
        const hint = viaAlias ? ` \`${shorten(ref.id, 120)}\` is an alias; refer to the id \`${viaAlias}\`.` : didYouMeanList(suggest(ref.id, candidates(ref.kinds), 3, ctx.budget));
        report(ctx, 'DANGLING_REF', entity, path, `\`${path.join('.')}\` refers to unknown ${wanted} \`${shorten(ref.id, 120)}\`.${hint}`);
      } else {
        report(ctx, 'WRONG_KIND_REF', entity, path, `\`${path.join('.')}\` must name a ${wanted}, but \`${ref.id}\` is a ${target.kind} (${target.file}:${target.line})`);
      }
    }
  }
};

/** The ids a reference of some kinds could have meant, listed once per kind set (not once per dangling reference). */
function candidateLists(ctx: RuleContext): (kinds: EntityKind[]) => string[] {
  const lists = new Map<string, string[]>();
  return (kinds) => {
    const key = kinds.join(',');
    let list = lists.get(key);
    if (!list) {
      list = [];
      for (const [id, records] of ctx.byId) if (kinds.length === 0 || kinds.includes(records[0]!.kind)) list.push(id);
      lists.set(key, list);
    }
    return list;
  };
}

function aliasIndex(entities: RuleContext['entities']): Map<string, string> {
  const index = new Map<string, string>();
  for (const e of entities) for (const a of Array.isArray(e.data.aliases) ? e.data.aliases : []) if (typeof a === 'string') index.set(a.toLowerCase(), e.id);
  return index;
}

function didYouMeanList(found: string[]): string {
  return found.length === 0 ? '' : ` Did you mean ${found.map((f) => `\`${f}\``).join(' or ')}?`;
}
