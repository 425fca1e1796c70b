import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { knowledgeJsonSchema } from '../../src/kb/json-schema.js';

describe('committed JSON Schema', () => {
  it('matches the zod schemas (regenerate with `npm run schema:update`)', () => {
    const committed = JSON.parse(readFileSync(join(import.meta.dirname, '..', '..', 'schema', 'knowledge.schema.json'), 'utf8'));
    expect(committed).toEqual(knowledgeJsonSchema());
  });

  it('forbids unknown keys and knows the ordered scales', () => {
    const text = JSON.stringify(knowledgeJsonSchema());
    expect(text).toContain('"additionalProperties":false');
    expect(text).toContain('["established","likely","hypothesis","speculative","open"]');
    expect(text).toContain('["none","weak","present","strong"]');
  });
});
