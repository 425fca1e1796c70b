/** The JSON Schema of a knowledge file, generated from the zod schemas (committed as schema/knowledge.schema.json). */
import { z } from 'zod';
import { KnowledgeFileSchema } from './schema.js';

/** Names the schema (for $ref and caches); not a place to fetch it from: packs carry their own copy. */
export const KNOWLEDGE_SCHEMA_ID = 'urn:gptlineage:schema:knowledge:1';

/** The knowledge file schema as JSON Schema draft 2020-12. */
export function knowledgeJsonSchema(): object {
  const { $schema, ...rest } = z.toJSONSchema(KnowledgeFileSchema, { io: 'input', target: 'draft-2020-12' });
  return { $schema, $id: KNOWLEDGE_SCHEMA_ID, ...rest };
}
