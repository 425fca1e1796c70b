/** Rules about names: ids are unique across kinds and files, aliases collide with nothing. */
import { report, type Rule } from './context.js';

/** `show ID` must be unambiguous: an id names one entity of one kind. */
export const noDuplicateIds: Rule = (ctx) => {
  for (const [id, records] of ctx.byId) {
    const first = records[0];
    for (let i = 1; i < records.length; i++) {
      const dup = records[i]!;
      report(ctx, 'DUPLICATE_ID', dup, ['id'], `id \`${id}\` is already defined as a ${first!.kind} at ${first!.file}:${first!.line}:${first!.column}; rename one of them`);
    }
  }
};

/** An alias resolves to one entity: it may not equal another entity's id or alias (case-insensitive). */
export const aliasesAreUnique: Rule = (ctx) => {
  const owners = new Map<string, string>();
  for (const id of ctx.byId.keys()) owners.set(id.toLowerCase(), `the id of ${ctx.byId.get(id)![0]!.kind} \`${id}\``);
  for (const entity of ctx.entities) {
    const aliases = entity.data.aliases;
    if (!Array.isArray(aliases)) continue;
    aliases.forEach((alias: string, index) => {
      const key = alias.toLowerCase();
      const owner = owners.get(key);
      if (owner !== undefined && key !== entity.id.toLowerCase()) {
        report(ctx, 'ALIAS_COLLISION', entity, ['aliases', index], `alias \`${alias}\` is already ${owner}; choose another alias`);
      } else if (owner === undefined) {
        owners.set(key, `an alias of ${entity.kind} \`${entity.id}\``);
      }
    });
  }
};
