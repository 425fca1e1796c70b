/** `show` as text: a describe page per kind of entity, in words, with ids only where the user types them next. */
import type { ShowResult } from '../../queries/types.js';
import type { RenderOptions } from '../index.js';
import { finish } from './layout.js';
import { reference } from './limits.js';
import { pageContext, type PageContext } from './page.js';
import { capabilityPage, derivationPage, questionPage } from './show-about.js';
import { claimPage, erratumPage, sourcePage } from './show-evidence.js';
import { methodPage } from './show-method.js';
import { modelPage } from './show-model.js';
import { reviewPage } from './show-review.js';
import { makeStyle, text } from './style.js';

const PAGES: Record<string, (p: PageContext) => string[]> = {
  model: modelPage,
  method: methodPage,
  claim: claimPage,
  erratum: erratumPage,
  source: (p) => sourcePage(p, reference(p.names.source(p.r.id)!)),
  capability: capabilityPage,
  derivation: derivationPage,
  question: questionPage,
  review: reviewPage,
};

/** Render a show result as the describe page of its kind. */
export function renderShowText(r: ShowResult, o: RenderOptions): string {
  const st = makeStyle(o.chalk);
  const page = PAGES[r.entityKind];
  const p = pageContext(r, st, o.columns, o.verbose === true, o.ids === true);
  const lines = page ? page(p) : [`${r.entityKind} ${text(r.id)}`];
  if (r.location && p.verbose) lines.push(st.dim(`defined at ${text(r.location.file)}:${r.location.line}:${r.location.column}`));
  return finish(lines);
}
