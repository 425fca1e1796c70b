/** A level claimed on a model whose parent's level is unknown: the answer says where it first appears is unknown, not that it never rises. */
import { Chalk } from 'chalk';
import { describe, expect, it } from 'vitest';
import { buildGraph } from '../../src/graph/build-graph.js';
import { traceCapability } from '../../src/queries/trace.js';
import { renderText } from '../../src/render/text/index.js';
import { kb } from '../helpers/kb-builder.js';

const text = (r: Parameters<typeof renderText>[0]) => renderText(r, { chalk: new Chalk({ level: 0 }), columns: 200 });

/** base (no claim about cot) → tuned (claimed weak). */
const pack = () =>
  kb()
    .model('base')
    .model('tuned')
    .derivation('d-base', [], 'base', ['pretraining'])
    .derivation('d-tuned', ['base'], 'tuned', ['instruction-tuning'])
    .exhibits('x-tuned', 'tuned', 'cot', 'weak', { confidence: 'likely' })
    .build();

describe('a first appearance after an unknown level', () => {
  it('why says the origin is unknown rather than that the capability never rises', () => {
    const r = traceCapability(buildGraph(pack()), { capability: 'cot', model: 'tuned' });
    expect(r.origins).toEqual([]);
    const out = text(r);
    expect(out).toContain('Where it first appears is unknown: no level is known for the models before tuned.');
    expect(out).not.toContain('never rises above none');
    expect(out).not.toContain('does it rise above none');
  });
});
