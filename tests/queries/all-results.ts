/** One result of every kind, computed from the mini lineage: shared by schema, contract and golden tests. */
import { buildGraph } from '../../src/graph/build-graph.js';
import type { Graph } from '../../src/graph/types.js';
import { citeSources } from '../../src/queries/cite.js';
import { diffModels } from '../../src/queries/diff.js';
import { lineageGraph } from '../../src/queries/graph-view.js';
import { lineageOf } from '../../src/queries/lineage.js';
import { listLimits } from '../../src/queries/limits.js';
import { listEntities } from '../../src/queries/list.js';
import { capabilityMatrix } from '../../src/queries/matrix.js';
import { listQuestions } from '../../src/queries/questions.js';
import { searchKb } from '../../src/queries/search.js';
import { showEntity } from '../../src/queries/show.js';
import { traceCapability } from '../../src/queries/trace.js';
import { evolutionTree } from '../../src/queries/tree.js';
import { impactOf } from '../../src/queries/impact.js';
import type { QueryResult, ResultKind } from '../../src/queries/types.js';
import { knowledgeView } from '../../src/graph/view/knowledge-view.js';
import { miniGpt } from './mini-gpt.js';

/** The mini lineage with a later review that re-grades the code → chain-of-thought claim, both sides cited. */
function reviewedGraph(): Graph {
  const note = (n: string) => ({ note: n, locator: '§2' });
  const review = {
    id: 'review-cot-code',
    claim: 'o-cot-code',
    date: '2024-06',
    confidence: 'likely' as const,
    evidence: [
      { source: 'cot-paper', stance: 'supports' as const, kind: 'controlled-experiment' as const, scale: { from: 1e9, to: 7e9 }, ...note('Adding code to pretraining raises reasoning.') },
      { source: 'article', stance: 'contradicts' as const, kind: 'experiment' as const, ...note('Not at the largest scale.') },
    ],
  };
  const view = knowledgeView({ ...miniGpt(), reviews: [review] });
  return { ...buildGraph(view.kb), view: { regrades: view.regrades } };
}

/** Named results over the mini lineage, at least one of every kind. */
export function allResults(graph: Graph = buildGraph(miniGpt())): Record<string, QueryResult> {
  const entity = (id: string) => graph.byId.get(id)!;
  return {
    'trace.cot': traceCapability(graph, { capability: 'chain-of-thought' }),
    'trace.icl-chatgpt': traceCapability(graph, { capability: 'in-context-learning', model: 'chatgpt', allPaths: true }),
    'diff.tax': diffModels(graph, { a: 'code-davinci-002', b: 'text-davinci-002' }),
    'diff.siblings': diffModels(graph, { a: 'text-davinci-003', b: 'chatgpt' }),
    'lineage.cd2': lineageOf(graph, { model: 'code-davinci-002' }),
    tree: evolutionTree(graph),
    matrix: capabilityMatrix(graph, {}),
    'show.chatgpt': showEntity(graph, entity('chatgpt')),
    'show.claim': showEntity(graph, entity('o-cot-code')),
    'list.models': listEntities(graph, 'models'),
    'search.code': searchKb(graph, 'code'),
    questions: listQuestions(graph),
    limits: listLimits(graph),
    'cite.cot': citeSources(graph, [entity('chain-of-thought'), entity('cot-paper')]),
    graph: lineageGraph(graph),
    'impact.cot-paper': impactOf(graph.kb, 'cot-paper'),
    'trace.cot-reviewed': traceCapability(reviewedGraph(), { capability: 'chain-of-thought' }),
    'show.review': showEntity(reviewedGraph(), reviewedGraph().byId.get('review-cot-code')!),
    'show.reviewed-claim': showEntity(reviewedGraph(), reviewedGraph().byId.get('o-cot-code')!),
  };
}

/** The kinds covered, to check nothing is missing. */
export const ALL_KINDS: ResultKind[] = ['trace', 'diff', 'lineage', 'tree', 'matrix', 'show', 'list', 'search', 'questions', 'limits', 'cite', 'graph', 'impact'];
