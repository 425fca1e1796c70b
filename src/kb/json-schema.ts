/** The JSON Schema of a knowledge file, generated from the zod schemas (committed as schema/knowledge.schema.json). */
import { z } from 'zod';
import { KnowledgeFileSchema } from './schema.js';

export function knowledgeJsonSchema(): object {
  return {
    ...z.toJSONSchema(KnowledgeFileSchema, { io: 'input', target: 'draft-2020-12' }),
  };
}
