import { describe, expect, it } from 'vitest';
import { NotFoundError } from '../../src/errors.js';
import { buildGraph } from '../../src/graph/build-graph.js';
import { requireCapabilityId, requireEntity, requireModelId } from '../../src/graph/resolve.js';
import { citeSources } from '../../src/queries/cite.js';
import { listLimits } from '../../src/queries/limits.js';
import { listEntities, sectionFor } from '../../src/queries/list.js';
import { listQuestions } from '../../src/queries/questions.js';
import { searchKb } from '../../src/queries/search.js';
import { showEntity } from '../../src/queries/show.js';
import { miniGpt } from './mini-gpt.js';

const graph = buildGraph(miniGpt());

describe('resolving ids', () => {
  it('resolves ids and aliases case-insensitively', () => {
    expect(requireCapabilityId(graph, 'COT')).toBe('chain-of-thought');
    expect(requireModelId(graph, 'chatgpt-nov')).toBe('chatgpt');
  });

  it('suggests close names for a typo, and says when the kind is wrong', () => {
    const err = (() => {
      try {
        requireModelId(graph, 'text-davinci-03');
      } catch (e) {
        return e as NotFoundError;
      }
    })()!;
    expect(err).toBeInstanceOf(NotFoundError);
    expect(err.code).toBe('UNKNOWN_ID');
    expect(err.details.suggestions).toEqual(['text-davinci-003', 'text-davinci-001', 'text-davinci-002']);
    expect(() => requireCapabilityId(graph, 'chatgpt')).toThrow(/is a model, not a capability/);
  });
});

describe('show, list, search, questions, limits, cite', () => {
  it('shows an entity with its levels and what refers to it', () => {
    const r = showEntity(graph, requireEntity(graph, 'chatgpt'));
    expect(r.related.filter((x) => x.role === 'derived-by').map((x) => x.id)).toEqual(['d-chatgpt', 'd-chatgpt-text']);
    expect(r.levels.map((l) => [l.capability, l.level])).toEqual([
      ['in-context-learning', 'weak'],
      ['chain-of-thought', 'present'],
      ['dialogue-history', 'strong'],
      ['formal-reasoning', 'weak'],
    ]);
    const claim = showEntity(graph, requireEntity(graph, 'o-cot-code'));
    expect(claim.related).toContainEqual({ id: 'cot-paper', kind: 'source', role: 'evidence' });
  });

  it('lists a kind by plural or singular name', () => {
    expect(sectionFor('Model')).toBe('models');
    expect(sectionFor('errata')).toBe('errata');
    expect(sectionFor('nope')).toBeUndefined();
    expect(listEntities(graph, 'capabilities').items.map((i) => i.id)).toEqual(['chain-of-thought', 'dialogue-history', 'formal-reasoning', 'in-context-learning']);
  });

  it('ranks exact ids and aliases above prose', () => {
    const r = searchKb(graph, 'cot');
    expect(r.hits[0]).toMatchObject({ id: 'chain-of-thought', field: 'alias', score: 100 });
    expect(searchKb(graph, 'alignment tax').hits.map((h) => h.id)).toEqual(['e-tax-cot']);
    expect(searchKb(graph, 'zzz').hits).toEqual([]);
    const all = searchKb(graph, 'cot');
    const first = searchKb(graph, 'cot', 1);
    expect(first).toMatchObject({ total: all.total, hits: [all.hits[0]] });
  });

  it('lists questions, optionally about one entity', () => {
    expect(listQuestions(graph).questions.map((q) => q.id)).toEqual(['q-cd2-base', 'q-cot-origin']);
    expect(listQuestions(graph, 'd-cd2').questions.map((q) => q.id)).toEqual(['q-cd2-base']);
  });

  it('lists the limitations with the models that show them', () => {
    const r = listLimits(graph);
    expect(r.limitations.map((l) => [l.capability.id, l.levels.map((m) => m.model), l.claims])).toEqual([
      ['formal-reasoning', ['chatgpt'], ['x-chatgpt-formal']],
    ]);
  });

  it('cites the sources behind a claim, a capability and a source', () => {
    const r = citeSources(graph, [requireEntity(graph, 'o-cot-code'), requireEntity(graph, 'cot'), requireEntity(graph, 'cot-paper')]);
    expect(r.entries).toEqual([
      { id: 'o-cot-code', entityKind: 'claim', sources: ['article', 'cot-paper'] },
      { id: 'chain-of-thought', entityKind: 'capability', sources: ['article', 'cot-paper', 'paper'] },
      { id: 'cot-paper', entityKind: 'source', sources: ['cot-paper'] },
    ]);
    expect(r.sources.map((s) => s.id)).toEqual(['article', 'cot-paper', 'paper']);
  });
});
