/**
 * The query engine, imported only if it exists, so these properties skip with a clear message
 * until src/graph and src/queries are written (and run as soon as they are).
 */
import type { Graph } from '../../src/graph/types.js';
import type { Kb } from '../../src/kb/types.js';

/** The parts of the query engine the properties call. */
export interface QueryEngine {
  buildGraph: (kb: Kb) => Graph;
  createInference: typeof import('../../src/graph/infer-levels.js').createInference;
  traceCapability: typeof import('../../src/queries/trace.js').traceCapability;
  diffModels: typeof import('../../src/queries/diff.js').diffModels;
  lineageOf: typeof import('../../src/queries/lineage.js').lineageOf;
  evolutionTree: typeof import('../../src/queries/tree.js').evolutionTree;
  capabilityMatrix: typeof import('../../src/queries/matrix.js').capabilityMatrix;
  showEntity: typeof import('../../src/queries/show.js').showEntity;
  listEntities: typeof import('../../src/queries/list.js').listEntities;
  searchKb: typeof import('../../src/queries/search.js').searchKb;
  listQuestions: typeof import('../../src/queries/questions.js').listQuestions;
  listLimits: typeof import('../../src/queries/limits.js').listLimits;
  citeSources: typeof import('../../src/queries/cite.js').citeSources;
  lineageGraph: typeof import('../../src/queries/graph-view.js').lineageGraph;
  renderJson: typeof import('../../src/render/json.js').renderJson;
  /** Strict ajv against the output schemas. */
  schemaErrors: typeof import('../helpers/output-schema.js').schemaErrors;
}

/** The engine, or why it cannot be loaded yet. */
export async function loadQueryEngine(): Promise<{ engine?: QueryEngine; missing?: string }> {
  try {
    const [graph, infer, trace, diff, lineage, tree, matrix, show, list, search, questions, limits, cite, view, json, schemas] = await Promise.all([
      import('../../src/graph/build-graph.js'),
      import('../../src/graph/infer-levels.js'),
      import('../../src/queries/trace.js'),
      import('../../src/queries/diff.js'),
      import('../../src/queries/lineage.js'),
      import('../../src/queries/tree.js'),
      import('../../src/queries/matrix.js'),
      import('../../src/queries/show.js'),
      import('../../src/queries/list.js'),
      import('../../src/queries/search.js'),
      import('../../src/queries/questions.js'),
      import('../../src/queries/limits.js'),
      import('../../src/queries/cite.js'),
      import('../../src/queries/graph-view.js'),
      import('../../src/render/json.js'),
      import('../helpers/output-schema.js'),
    ]);
    return {
      engine: {
        buildGraph: graph.buildGraph,
        createInference: infer.createInference,
        traceCapability: trace.traceCapability,
        diffModels: diff.diffModels,
        lineageOf: lineage.lineageOf,
        evolutionTree: tree.evolutionTree,
        capabilityMatrix: matrix.capabilityMatrix,
        showEntity: show.showEntity,
        listEntities: list.listEntities,
        searchKb: search.searchKb,
        listQuestions: questions.listQuestions,
        listLimits: limits.listLimits,
        citeSources: cite.citeSources,
        lineageGraph: view.lineageGraph,
        renderJson: json.renderJson,
        schemaErrors: schemas.schemaErrors,
      },
    };
  } catch (error) {
    return { missing: `the query engine is not there yet (${(error as Error).message.split('\n')[0]}); these properties run once src/graph and src/queries exist` };
  }
}
