/** Shared by the query commands: load the graph once, print a result in the chosen format, pick the exit code. */
import { EXIT, UsageError } from '../errors.js';
import type { ProvSelection } from '../queries/prov.js';
import { buildGraph } from '../graph/build-graph.js';
import { knowledgeView } from '../graph/view/knowledge-view.js';
import type { Graph } from '../graph/types.js';
import { exitCodeFor } from '../queries/exit-code.js';
import type { QueryResult } from '../queries/types.js';
import { renderResult, type Format } from '../render/index.js';
import type { CommandContext } from './context.js';
import { loadKb } from './load-kb.js';

/** The validated knowledge base as of `--as-of` (reviews applied), indexed. */
export async function loadGraph(ctx: CommandContext): Promise<Graph> {
  const view = knowledgeView(await loadKb(ctx), { asOf: ctx.asOf });
  // Assigned, not spread: a spread would build the graph's lazy indexes (build-graph.ts).
  const graph = buildGraph(view.kb);
  graph.view = { asOf: view.asOf, regrades: view.regrades };
  return graph;
}

/** Print `result` (JSON under --json, else `format`, default text) and return its exit code. */
export async function emit(ctx: CommandContext, result: QueryResult, format?: Format, extra: { unicode?: boolean } = {}): Promise<number> {
  if (ctx.json && format !== undefined && format !== 'text' && format !== 'json')
    throw new UsageError(`--json and --format ${format} cannot be combined; choose one`, 'USAGE_CONFLICTING_OPTIONS');
  const chosen: Format = ctx.json ? 'json' : (format ?? 'text');
  // Only basic colours are used, so level 1 is enough wherever colour is on.
  const out = await renderResult(result, chosen, { colorLevel: ctx.color ? 1 : 0, columns: ctx.io.columns, verbose: ctx.verbose, ids: ctx.ids, fields: ctx.fields, ...extra });
  // Text answered as of a day says so first, so it is never read as today's answer.
  if (chosen === 'text' && ctx.asOf) ctx.io.stdout.write(`As of ${ctx.asOf}: only what was known by then.\n\n`);
  ctx.io.stdout.write(out);
  return exitCodeFor(result);
}

/** Write the PROV-O Turtle of the whole graph, or of the part `only` selects (one answer's models, derivations, claims). */
export async function emitProv(ctx: CommandContext, graph: Graph, only?: ProvSelection): Promise<number> {
  // PROV is its own document, with the sources and methods a picture leaves out; it has no JSON form here.
  if (ctx.json) throw new UsageError('--json and --format prov cannot be combined; choose one', 'USAGE_CONFLICTING_OPTIONS');
  const [{ provDocument }, { renderProv }] = await Promise.all([import('../queries/prov.js'), import('../render/prov.js')]);
  ctx.io.stdout.write(renderProv(provDocument(graph, only)));
  return EXIT.ok;
}
