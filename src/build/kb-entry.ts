/** Entry of the second script, dist/kb.cjs: everything that needs zod and yaml, loaded only by validation, `schema` and packs. */
export { checkCachedKb, loadKnowledge } from '../kb/load.js';
export { knowledgeJsonSchema } from '../kb/json-schema.js';

type OutputSchemas = typeof import('../output/json-schema.js');
let output: OutputSchemas | undefined;

/**
 * The output documents' zod shapes, built on first use: only `schema` needs them, and building
 * them when the script loaded cost every validation ~6 ms. The script is CommonJS, so esbuild
 * makes this require() a lazy initialiser of the module.
 */
function outputSchemas(): OutputSchemas {
  return (output ??= require('../output/json-schema.js') as OutputSchemas);
}

export const outputJsonSchema: OutputSchemas['outputJsonSchema'] = () => outputSchemas().outputJsonSchema();
export const outputKindJsonSchema: OutputSchemas['outputKindJsonSchema'] = (which) => outputSchemas().outputKindJsonSchema(which);
export const schemaNames: OutputSchemas['schemaNames'] = () => outputSchemas().schemaNames();
