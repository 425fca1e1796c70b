import { describe, expect, it } from 'vitest';
import { Chalk } from 'chalk';
import { isDrawable } from '../../src/queries/graph-view.js';
import { renderBibtex } from '../../src/render/bibtex.js';
import { renderDot } from '../../src/render/dot.js';
import { renderJson } from '../../src/render/json.js';
import { renderMermaid } from '../../src/render/mermaid.js';
import { renderText } from '../../src/render/text/index.js';
import { carryStyles } from '../../src/render/text/layout.js';
import { allResults } from '../queries/all-results.js';

const results = allResults();
const golden = (file: string) => `./__golden__/${file}`;

describe('golden files', () => {
  it.each(Object.entries(results))('%s as text (colour off, 80 columns)', async (name, result) => {
    await expect(renderText(result, { chalk: new Chalk({ level: 0 }), columns: 80 })).toMatchFileSnapshot(golden(`${name}.txt`));
  });

  it.each(Object.entries(results))('%s as JSON', async (name, result) => {
    await expect(renderJson(result)).toMatchFileSnapshot(golden(`${name}.json`));
  });

  const drawable = Object.entries(results).filter(([, r]) => isDrawable(r));
  it.each(drawable)('%s as Mermaid', async (name, result) => {
    await expect(renderMermaid(result)).toMatchFileSnapshot(golden(`${name}.mmd`));
  });

  it.each(drawable)('%s as DOT', async (name, result) => {
    await expect(renderDot(result)).toMatchFileSnapshot(golden(`${name}.dot`));
  });

  it('cite as BibTeX', async () => {
    await expect(renderBibtex(results['cite.cot']!)).toMatchFileSnapshot(golden('cite.cot.bib'));
  });

  it('trace in a narrow terminal', async () => {
    await expect(renderText(results['trace.cot']!, { columns: 50 })).toMatchFileSnapshot(golden('trace.cot.narrow.txt'));
  });
});

describe('colour', () => {
  const trace = results['trace.cot']!;
  it('never leaves a style open at the end of a line, so wrapped text does not bleed', () => {
    for (const r of Object.values(results)) {
      const lines = renderText(r, { chalk: new Chalk({ level: 1 }), columns: 60 }).split('\n');
      expect(carryStyles(lines), r.kind).toEqual(lines);
    }
    expect(carryStyles(['a \u001b[2mdim', 'still\u001b[22m done'])).toEqual(['a \u001b[2mdim\u001b[0m', '\u001b[2mstill\u001b[22m done']);
  });

  it('appears only through the chalk instance passed in', () => {
    expect(renderText(trace, { chalk: new Chalk({ level: 1 }), columns: 80 })).toMatch(/\u001b\[/);
    expect(renderText(trace, { chalk: new Chalk({ level: 0 }), columns: 80 })).not.toMatch(/\u001b\[/);
    for (const [, r] of Object.entries(results)) expect(renderText(r, { chalk: new Chalk({ level: 0 }), columns: 80 }), r.kind).not.toMatch(/\u001b/);
  });
});
