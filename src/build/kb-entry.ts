/** Entry of the second script, dist/kb.cjs: everything that needs zod and yaml, loaded only by validation and packs. */
export { checkCachedKb, loadKnowledge } from '../kb/load.js';
export { knowledgeJsonSchema } from '../kb/json-schema.js';
export { outputJsonSchema, outputKindJsonSchema, schemaNames } from '../output/json-schema.js';
