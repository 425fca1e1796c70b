/** `gptlineage help concepts`: every term and mark the answers use, drawn with the same glyphs they use. */
import type { RenderOptions } from '../index.js';
import { CONFIDENCES, LEVELS } from '../../kb/scales.js';
import { finish, hanging, pad } from './layout.js';
import { confidence, level, makeStyle, type Style } from './style.js';

type Term = [string, string];

const LEVEL_WORDS: Record<(typeof LEVELS)[number], string> = {
  none: 'a source says the model does not show it.',
  weak: 'shows it a little.',
  present: 'shows it.',
  strong: 'shows it well: the best on the tree.',
};

const CONFIDENCE_WORDS: Record<(typeof CONFIDENCES)[number], string> = {
  established: 'measured, or documented by the makers.',
  likely: 'well argued from the evidence, with little against it.',
  hypothesis: 'what the authors propose; the evidence fits but does not prove it.',
  speculative: 'a guess the evidence barely constrains.',
  open: 'an open question: the sources do not say.',
};

const TERMS: Term[] = [
  ['claimed / inferred', 'A level a source states for that very model is claimed. A level the tool works out by walking the lineage (inherited from a parent, changed by the steps in between) is inferred and marked ~. An inferred level is never surer than the claims and steps it rests on.'],
  ['step (derivation)', 'One edge of the lineage, always written parent → child: the child was trained from the parent by the methods named. A step from scratch has no parent.'],
  ['merge', 'One step with several parents (a + b → c): the child takes from all of them.'],
  ['alternatives (accounts)', 'Competing steps into one model (a → c or b → c): sources disagree about where it came from. Each belongs to an account, a label for whose telling it is (the figure, the text, a paper); answers follow the best-supported one and list the others.'],
  ['origin', 'Where a capability comes from, and how: injected (large-scale training put it there), unlocked (a little tuning brought out what was latent), by-product (it came with something else), traded (gained at the cost of another).'],
  ['effect', 'What a later step did to a capability already there: raises, lowers (the "alignment tax") or restores it.'],
  ['change', 'What diff and trace call each difference: gained, lost, raised, lowered, restored, or unexplained when no claim on the path says why.'],
  ['evidence', 'Each claim cites sources: + for, − against, ~ but (qualifies). "Fu et al. 2022 §3.1" names the source and where in it.'],
  ['erratum', 'Where sources disagree on a fact; the reading the knowledge base trusts is marked ✓.'],
];

/** Render the concepts page. */
export function renderConcepts(o: RenderOptions): string {
  const st = makeStyle(o.chalk);
  const out = [...hanging('', st.heading('Concepts: the words and marks the answers use'), o.columns, 0), ''];
  out.push(...hanging('', `${st.bold('level')} — how well a model shows a capability:`, o.columns, 0));
  out.push(...scale(st, [level(st, null), 'no claim speaks about it and nothing can be inferred: not the same as none.'], o.columns));
  for (const l of LEVELS) out.push(...scale(st, [level(st, l), LEVEL_WORDS[l]], o.columns));
  out.push('', ...hanging('', `${st.bold('confidence')} — how sure a claim is; a conclusion is as sure as the weakest thing it rests on:`, o.columns, 0));
  for (const c of CONFIDENCES) out.push(...scale(st, [confidence(st, c), CONFIDENCE_WORDS[c]], o.columns));
  for (const [term, words] of TERMS) out.push('', st.bold(term), ...hanging('  ', words, o.columns, 2));
  return finish(out);
}

function scale(st: Style, [mark, words]: Term, columns: number): string[] {
  return hanging(`  ${pad(mark, 17)} `, st.dim(words), columns, columns >= 60 ? 20 : 4);
}
