/** Open questions and errata in a view: they keep only the sources and subjects the view keeps. */
import type { Erratum, Question } from '../../kb/types.js';
import { onlyKept, withField, withKeptSources } from './prune.js';

/** A question raised only by sources the view leaves out, or about nothing left, goes too. */
export function keepQuestions(questions: readonly Question[], sources: Set<string>, all: Set<string>): Question[] {
  return questions.flatMap((q) => {
    const raisedBy = withKeptSources(q.raisedBy, sources);
    const about = onlyKept(q.about, all)!;
    if ((q.raisedBy?.length ?? 0) > 0 && raisedBy!.length === 0) return [];
    return about.length === 0 ? [] : [withField({ ...q, about }, 'raisedBy', raisedBy)];
  });
}

/** An erratum needs two readings whose sources are kept, and a subject left to be about. */
export function keepErrata(errata: readonly Erratum[], sources: Set<string>, all: Set<string>): Erratum[] {
  return errata.flatMap((e) => {
    const readings = withKeptSources(e.readings, sources)!;
    const about = onlyKept(e.about, all)!;
    return readings.length < 2 || about.length === 0 ? [] : [{ ...e, readings, about }];
  });
}
