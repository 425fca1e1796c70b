/**
 * The acceptance table: statements of the article (Fu, Peng and Khot 2022) with the answer the
 * bundled knowledge must give, and the answer it must not give (issue 9's symptoms).
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildGraph } from '../../src/graph/build-graph.js';
import { createInference } from '../../src/graph/infer-levels.js';
import { CONFIDENCES } from '../../src/kb/scales.js';
import { loadKnowledge } from '../../src/kb/load.js';
import { capabilityMatrix } from '../../src/queries/matrix.js';
import { traceCapability } from '../../src/queries/trace.js';

const root = join(import.meta.dirname, '..', '..');
const loaded = loadKnowledge([{ path: join(root, 'knowledge'), base: root }]);
const graph = buildGraph(loaded.kb!);
const cot = traceCapability(graph, { capability: 'chain-of-thought' });
const cotFloor = traceCapability(graph, { capability: 'chain-of-thought', minConfidence: 'likely' });
const whyCd2 = traceCapability(graph, { capability: 'chain-of-thought', model: 'code-davinci-002' });
const icl = traceCapability(graph, { capability: 'in-context-learning' });
const matrix = capabilityMatrix(graph, { all: true });
const cell = (m: string, c: string) => matrix.cells.find((x) => x.model === m && x.capability === c);
const site = (r: typeof cot, d: string) => r.origins.find((o) => o.derivation === d);
/** The first appearances at a derivation into `model`, whichever account made it. */
const into = (r: typeof cot, model: string) => r.origins.filter((o) => graph.derivations.get(o.derivation)?.to === model);

const rank = (c: string | null) => (c === null ? 99 : CONFIDENCES.indexOf(c as (typeof CONFIDENCES)[number]));
const icls = createInference(graph);
const cellOf = (d: string) => icls.conclude(graph.derivations.get(d)!.to, 'in-context-learning').confidence;

/** [article statement, what the answer must be, what it must not be]. */
const TABLE: [string, () => boolean, () => boolean][] = [
  [
    '§3.1: text-davinci-001 is instruction-tuned yet weak at chain-of-thought (its counterexample)',
    () => site(cotFloor, 'd-e3-text-davinci-001')?.unexplained === true,
    () => cotFloor.origins.some((o) => o.derivation === 'd-e3-text-davinci-001' && o.credits.length > 0),
  ],
  [
    '§3.1: chain-of-thought is probably a by-product of code training (hypothesis), shown on Codex, not on CodeGen',
    () => into(cot, 'code-cushman-001').some((o) => o.credits.includes('origin-cot-code-training')),
    () => cot.origins.some((o) => o.derivation === 'd-codegen-16b' && o.credits.includes('origin-cot-code-training')),
  ],
  [
    '§3.1: PaLM is only a correlation: crediting code there is a generalisation, speculative at most',
    () => cot.generalisations.some((g) => g.claim === 'origin-cot-code-training' && g.confidence === 'speculative'),
    () => site(cot, 'd-palm-540b')?.credits.includes('origin-cot-code-training') === true,
  ],
  [
    '--min-confidence likely hides the hypothesis-grade credit and says so',
    () => into(cot, 'code-cushman-001').every((o) => cotFloor.hiddenItems.some((h) => h.kind === 'origin' && h.id === o.derivation && h.confidence === 'hypothesis')),
    () => cotFloor.origins.some((o) => !cot.origins.some((x) => x.derivation === o.derivation)),
  ],
  [
    'Figure E4: code-davinci-002 is a merge of the two branches, one step with four inputs',
    () => whyCd2.lines.every((l) => l.steps.at(-1)!.derivation === 'd-e4-code-davinci-002' && l.steps.at(-1)!.inputs.length === 4),
    () => whyCd2.lines.some((l) => l.steps.some((s) => s.derivation === 'd-e2-code-davinci-001')),
  ],
  [
    'no source tells OPT-175B chain-of-thought: unknown, not an established none',
    () => cell('opt-175b', 'chain-of-thought')?.level === 'unknown',
    () => cell('opt-175b', 'chain-of-thought')?.level === 'none',
  ],
  [
    'Flan-T5 was tuned on chain-of-thought data (arXiv 2210.11416): not an established none',
    () => cell('flan-t5-xxl', 'chain-of-thought')?.confidence !== 'established' || cell('flan-t5-xxl', 'chain-of-thought')?.level !== 'none',
    () => cell('flan-t5-xxl', 'chain-of-thought')?.level === 'none' && cell('flan-t5-xxl', 'chain-of-thought')?.basis !== 'explicit',
  ],
  [
    'no claim explains code-davinci-002 gaining in-context learning: an unexplained change',
    () => icl.laterSteps.some((s) => s.derivation === 'd-e4-code-davinci-002' && s.unexplained),
    () => icl.laterSteps.some((s) => s.derivation === 'd-e4-code-davinci-002' && !s.unexplained && s.change === 'raised'),
  ],
  [
    'a first appearance is no surer than the level of the model it appears in (trace icl: T5, OPT, PaLM, CodeGen)',
    () => icl.origins.every((o) => rank(o.confidence) >= rank(cellOf(o.derivation))),
    () => icl.origins.some((o) => rank(o.confidence) <= rank('likely') && cellOf(o.derivation) === 'speculative'),
  ],
];

describe('acceptance: what the article says, what the bundled answers must and must not say', () => {
  it('loads the bundled knowledge', () => expect(loaded.kb).toBeDefined());
  it.each(TABLE)('%s', (_statement, must, mustNot) => {
    expect(must()).toBe(true);
    expect(mustNot()).toBe(false);
  });
});
