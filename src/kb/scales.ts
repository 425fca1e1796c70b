/**
 * Ordered vocabularies of the knowledge format. Kept free of zod so that queries and
 * renderers can rank levels and confidences without loading the validator.
 */

/** Confidence, strongest first: a conclusion is only as strong as its weakest link. */
export const CONFIDENCES = ['established', 'likely', 'hypothesis', 'speculative', 'open'] as const;
export type Confidence = (typeof CONFIDENCES)[number];

/** How strongly a model shows a capability, weakest first: what a claim can say. */
export const LEVELS = ['none', 'weak', 'present', 'strong'] as const;
export type Level = (typeof LEVELS)[number];

/**
 * What a conclusion can say: a level, or `unknown` when no claim gives one and nothing can be
 * carried along the lineage. `none` is a claim like any other; `unknown` is the absence of one.
 */
export const CONCLUDED_LEVELS = ['unknown', ...LEVELS] as const;
export type ConcludedLevel = (typeof CONCLUDED_LEVELS)[number];

/** The authors' own grading in the article's FAQ, kept beside our confidence. */
export const AUTHOR_GRADES = ['conclusion', 'strong-hypothesis', 'hypothesis', 'educated-guess'] as const;

export const MECHANISMS = ['injected', 'unlocked', 'by-product', 'traded'] as const;
export type Mechanism = (typeof MECHANISMS)[number];

export const DIRECTIONS = ['raises', 'lowers', 'restores'] as const;
export type Direction = (typeof DIRECTIONS)[number];

export const STANCES = ['supports', 'contradicts', 'qualifies'] as const;
export type Stance = (typeof STANCES)[number];

export const EVIDENCE_KINDS = [
  'controlled-experiment',
  'experiment',
  'meta-analysis',
  'observation',
  'correlation',
  'data-volume',
  'documentation',
  'argument',
  'anecdote',
] as const;
export type EvidenceKind = (typeof EVIDENCE_KINDS)[number];

/** Evidence kinds that cannot on their own carry an `established` conclusion. */
export const WEAK_EVIDENCE_KINDS: readonly EvidenceKind[] = ['argument', 'anecdote'];

export const QUANTITY_UNITS = [
  'parameters',
  'tokens',
  'words',
  'GB',
  'TB',
  'examples',
  'prompts',
  'tasks',
  'percent-of-compute',
  'percent-of-data',
  'percent',
  'rating',
] as const;

/** Units a benchmark score can have: a percentage (accuracy, pass@k, win rate) or a rating (Elo). */
export const SCORE_UNITS = ['percent', 'rating'] as const;

export const SOURCE_KINDS = [
  'paper',
  'article',
  'translation',
  'repost',
  'figure',
  'table',
  'blog-post',
  'documentation',
  'web-page',
  'code-repository',
  'talk',
  'social-post',
  'remark',
] as const;

export const VERIFICATION_STATUSES = ['confirmed', 'secondary', 'unconfirmed'] as const;

export const QUESTION_STATUSES = ['open', 'partly-answered', 'answered'] as const;

export const DATE_EVENTS = ['release', 'beta', 'paper', 'announcement', 'api-availability', 'training-cutoff'] as const;

/** Rank where 0 is the strongest confidence. */
export function confidenceRank(confidence: Confidence): number {
  return CONFIDENCES.indexOf(confidence);
}

/** The weaker of two confidences. */
export function weakerConfidence(a: Confidence, b: Confidence): Confidence {
  return confidenceRank(a) >= confidenceRank(b) ? a : b;
}

/** Rank where 0 is `none` (and -1 is `unknown`, below every known level). */
export function levelRank(level: ConcludedLevel): number {
  return LEVELS.indexOf(level as Level);
}

/** Whether a conclusion says the model has the capability at all (a known level above `none`). */
export function isAbove(level: ConcludedLevel): boolean {
  return levelRank(level) > 0;
}
