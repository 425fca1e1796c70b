/** The text renderer: dispatches on the result's kind to a renderer for terminals. */
import type { QueryResult } from '../../queries/types.js';
import type { RenderOptions } from '../index.js';
import { renderDiffText } from './diff.js';
import { renderImpactText } from './impact.js';
import { finish } from './layout.js';
import { renderCiteText, renderLimitsText } from './limits.js';
import { renderListText, renderQuestionsText, renderSearchText } from './list.js';
import { renderMatrixText } from './matrix.js';
import { renderShowText } from './show.js';
import { text } from './style.js';
import { renderTraceText } from './trace.js';
import { renderLineageText, renderTreeText } from './tree.js';

/** Render any result as text for a terminal (colour only through `options.chalk`). */
export function renderText(result: QueryResult, options: RenderOptions): string {
  switch (result.kind) {
    case 'trace':
      return renderTraceText(result, options);
    case 'diff':
      return renderDiffText(result, options);
    case 'lineage':
      return renderLineageText(result, options);
    case 'tree':
      return renderTreeText(result, options);
    case 'matrix':
      return renderMatrixText(result, options);
    case 'show':
      return renderShowText(result, options);
    case 'list':
      return renderListText(result, options);
    case 'search':
      return renderSearchText(result, options);
    case 'questions':
      return renderQuestionsText(result, options);
    case 'limits':
      return renderLimitsText(result, options);
    case 'cite':
      return renderCiteText(result, options);
    case 'impact':
      return renderImpactText(result, options);
    case 'graph':
      return finish(result.edges.map((e) => `${text(e.from ?? '(from scratch)')} → ${text(e.to)}  ${text(e.label)}`));
  }
}
