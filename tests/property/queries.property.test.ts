/**
 * Properties of the query engine over generated knowledge: every path `trace` reports is a real
 * path of the lineage, `diff A B` mirrors `diff B A`, every result validates against its JSON
 * Schema, and inference terminates, on cyclic lineages too and on a 50,000-model chain.
 * Skipped, with the reason, while src/graph and src/queries do not exist yet.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CONCLUDED_LEVELS } from '../../src/kb/scales.js';
import type { Kb } from '../../src/kb/types.js';
import type { Graph } from '../../src/graph/types.js';
import type { DiffResult, TraceLine } from '../../src/queries/types.js';
import { cyclicKb, numRuns, SEED, toKb, validKb } from './arbitraries.js';
import { loadQueryEngine, type QueryEngine } from './query-engine.js';

const { engine, missing } = await loadQueryEngine();
const q = engine as QueryEngine;
const describeEngine = describe.skipIf(engine === undefined);
if (missing) console.warn(`tests/property/queries: skipped: ${missing}`);

/** Each step is a derivation entered from one of its parents (or from scratch), steps chain, and the line starts at a root and ends at its target. */
function expectRealPath(graph: Graph, line: TraceLine): void {
  const { steps, target } = line;
  if (steps.length === 0) {
    expect(graph.into.get(target) ?? [], `no steps, yet ${target} has derivations into it`).toEqual([]);
    return;
  }
  steps.forEach((step, i) => {
    const d = graph.derivations.get(step.derivation);
    expect(d, `unknown derivation ${step.derivation}`).toBeDefined();
    expect(step.to).toBe(d!.to);
    if (step.from === null) expect(d!.from ?? []).toEqual([]);
    else expect(d!.from).toContain(step.from);
    if (i > 0) expect(step.from, `step ${i} does not start where step ${i - 1} ends`).toBe(steps[i - 1]!.to);
  });
  const first = steps[0]!;
  if (first.from !== null) expect(graph.into.get(first.from) ?? [], `${first.from} is not a root`).toEqual([]);
  expect(steps.at(-1)!.to).toBe(target);
}

/** diff(b, a) is diff(a, b) with the sides swapped. */
function expectMirrored(ab: DiffResult, ba: DiffResult): void {
  expect([...ab.meetsAt].sort()).toEqual([...ba.meetsAt].sort());
  expect({ a: ab.sides.a, b: ab.sides.b }).toEqual({ a: ba.sides.b, b: ba.sides.a });
  expect(ab.hidden).toBe(ba.hidden);
  const swapped = ba.differences.map((d) => ({ ...d, a: d.b, b: d.a, explainedBy: { a: d.explainedBy.b, b: d.explainedBy.a } }));
  expect(ab.differences).toEqual(swapped);
}

/** One result of every kind over a generated graph, each checked against the JSON Schema of its kind. */
function expectSchemaValid(graph: Graph, kb: Kb): void {
  const model = kb.models[0]!.id;
  const entity = graph.byId.get(model)!;
  const results = [
    q.traceCapability(graph, { capability: kb.capabilities[0]!.id }),
    q.traceCapability(graph, { capability: kb.capabilities[0]!.id, model, allPaths: true }),
    q.diffModels(graph, { a: model, b: kb.models.at(-1)!.id }),
    q.lineageOf(graph, { model }),
    q.evolutionTree(graph),
    q.capabilityMatrix(graph, {}),
    q.showEntity(graph, entity),
    q.listEntities(graph, 'claims'),
    q.searchKb(graph, 'm'),
    q.listQuestions(graph),
    q.listLimits(graph),
    q.citeSources(graph, [entity]),
    q.lineageGraph(graph),
  ];
  for (const result of results) {
    const doc = JSON.parse(q.renderJson(result)) as { kind: string };
    expect(q.schemaErrors(doc), doc.kind).toEqual([]);
  }
}

describeEngine(`query properties (fast-check)${missing ? ` — skipped: ${missing}` : ''}`, () => {
  it('every path trace reports is a real path in the graph', () => {
    fc.assert(
      fc.property(validKb, fc.boolean(), (spec, all) => {
        const kb = toKb(spec);
        const graph = q.buildGraph(kb);
        for (const cap of kb.capabilities) {
          for (const line of q.traceCapability(graph, { capability: cap.id }).lines) expectRealPath(graph, line);
          for (const m of kb.models) for (const line of q.traceCapability(graph, { capability: cap.id, model: m.id, allPaths: all }).lines) expectRealPath(graph, line);
        }
      }),
      { seed: SEED, numRuns: numRuns(60, 400) },
    );
  });

  it('diff A B mirrors diff B A, and a model does not differ from itself', () => {
    fc.assert(
      fc.property(validKb, fc.nat(), fc.nat(), (spec, i, j) => {
        const kb = toKb(spec);
        const graph = q.buildGraph(kb);
        const [a, b] = [kb.models[i % kb.models.length]!.id, kb.models[j % kb.models.length]!.id];
        expectMirrored(q.diffModels(graph, { a, b }), q.diffModels(graph, { a: b, b: a }));
        expect(q.diffModels(graph, { a, b: a }).differences).toEqual([]);
      }),
      { seed: SEED, numRuns: numRuns(100, 800) },
    );
  });

  it('every result validates against the JSON Schema of its kind', () => {
    fc.assert(
      fc.property(validKb, (spec) => {
        const kb = toKb(spec);
        expectSchemaValid(q.buildGraph(kb), kb);
      }),
      { seed: SEED, numRuns: numRuns(40, 300) },
    );
  });

  it('inference terminates on every model and capability, even on lineage cycles validation would reject', () => {
    fc.assert(
      fc.property(cyclicKb, (spec) => {
        const kb = toKb(spec);
        const graph = q.buildGraph(kb);
        const inference = q.createInference(graph);
        for (const m of kb.models) {
          for (const c of kb.capabilities) {
            const level = inference.conclude(m.id, c.id).level;
            expect((CONCLUDED_LEVELS as readonly string[]).includes(level)).toBe(true);
          }
        }
      }),
      { seed: SEED, numRuns: numRuns(100, 800) },
    );
  });

  it('a 50,000-model chain: inference, trace, lineage and tree finish without recursing', () => {
    const n = 50_000;
    const evidence = [{ source: 'src-0', stance: 'supports' as const, kind: 'documentation' as const, note: 'n' }];
    const kb = toKb({
      files: {},
      sections: {
        sources: [{ id: 'src-0', kind: 'paper', title: 'T' }],
        models: Array.from({ length: n }, (_, i) => ({ id: `m-${i}`, name: `M${i}` })),
        methods: [{ id: 'meth-0', name: 'M' }],
        derivations: Array.from({ length: n }, (_, i) => ({ id: `d-${i}`, ...(i > 0 ? { from: [`m-${i - 1}`] } : {}), to: `m-${i}`, methods: ['meth-0'], confidence: 'likely', evidence })),
        capabilities: [{ id: 'cap-0', name: 'C', kind: 'ability' }],
        claims: [{ id: 'ex-0', kind: 'exhibits', model: 'm-0', capability: 'cap-0', level: 'strong', statement: 'S', confidence: 'likely', evidence }],
        questions: [],
        errata: [],
        reviews: [],
      },
    });
    const graph = q.buildGraph(kb);
    expect(q.createInference(graph).conclude(`m-${n - 1}`, 'cap-0').level).toBe('strong');
    const trace = q.traceCapability(graph, { capability: 'cap-0', model: `m-${n - 1}` });
    expect(trace.lines[0]!.steps).toHaveLength(n);
    expectRealPath(graph, trace.lines[0]!);
    expect(q.lineageOf(graph, { model: `m-${n - 1}`, ancestors: true }).ancestors).toHaveLength(n);
    expect(q.evolutionTree(graph).kind).toBe('tree');
  });
});
