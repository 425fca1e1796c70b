/** The README shows the real output: each `$ gptlineage …` example equals what the built command prints at 80 columns. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
// @ts-expect-error a plain script with no types
import { readmeExamples } from '../../scripts/readme-examples.mjs';

const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
const examples = readmeExamples(readme) as { args: string; body: string; fresh: string }[];

describe('README examples (regenerate with npm run readme:examples)', () => {
  it('has examples to check', () => expect(examples.length).toBeGreaterThan(4));
  for (const x of examples) it(`gptlineage ${x.args}`, () => expect(x.body).toBe(x.fresh));
});
