/** `questions`: what the knowledge base leaves open, and what each question bears on. */
import { compareIds } from '../graph/collections.js';
import type { Graph } from '../graph/types.js';
import type { QuestionsResult } from './types.js';
import { citedSources, questionView } from './views.js';

/** Every open question, sorted by id, optionally only those about one entity. */
export function listQuestions(graph: Graph, about?: string): QuestionsResult {
  const questions = (about ? (graph.questionsAbout.get(about) ?? []) : graph.kb.questions).slice().sort((a, b) => compareIds(a.id, b.id));
  return { kind: 'questions', questions: questions.map(questionView), sources: citedSources(graph, [], [], questions) };
}
