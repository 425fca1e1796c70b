/** `describedBy` on a model (the summary table's OpenAI Paper column): references checked, shown on the model page. */
import { Chalk } from 'chalk';
import { describe, expect, it } from 'vitest';
import { buildGraph } from '../../src/graph/build-graph.js';
import { showEntity } from '../../src/queries/show.js';
import { renderText } from '../../src/render/text/index.js';
import { kb } from '../helpers/kb-builder.js';
import { loadPack } from '../helpers/load-yaml.js';

const yaml = (paper: string) => `sources:
  - { id: table, kind: table, title: The table, url: "https://example.org/t" }
  - { id: gpt3, kind: paper, title: GPT-3, arxiv: "2005.14165" }
models:
  - id: m1
    name: M1
    describedBy:
      papers: [{ source: ${paper}, locator: "§2" }]
      per: { source: table, locator: "row 1" }
`;

describe('describedBy', () => {
  it('validates clean when its sources exist, and counts them as cited', () => {
    expect(loadPack({ 'a.yaml': yaml('gpt3') }).issues).toEqual([]);
  });

  it('reports a paper that is not a source where it is named', () => {
    const dangling = loadPack({ 'a.yaml': yaml('gpt4') }).issues.filter((i) => i.code === 'DANGLING_REF');
    expect(dangling).toMatchObject([{ line: 8, path: 'models.0.describedBy.papers.0.source' }]);
  });

  it('shows on the model page, and says when the source names no paper', () => {
    const text = (papers: Array<{ source: string; locator?: string }>) => {
      const g = buildGraph(kb().source('gpt3').source('table').model('m1', { describedBy: { papers, per: { source: 'table', locator: 'row 7' } } }).build());
      return renderText(showEntity(g, g.byId.get('m1')!), { chalk: new Chalk({ level: 0 }), columns: 120 });
    };
    expect(text([{ source: 'gpt3', locator: '§2' }])).toMatch(/Described in .*§2 \(per .*row 7\)/);
    expect(text([])).toMatch(/No paper named for it \(per .*row 7\)/);
  });
});
