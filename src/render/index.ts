/**
 * The renderer registry: each format maps to a lazy loader, so a run loads only the renderer it
 * uses (and chalk and cli-table3 only for text). Renderers are pure `(result, options) → string`.
 */
import type { ChalkInstance } from 'chalk';
import type { QueryResult, ResultKind } from '../queries/types.js';
import { sanitizeDeep } from './sanitize.js';

/** Every output format, each with a renderer. */
export const FORMATS = ['text', 'json', 'mermaid', 'dot', 'bibtex'] as const;
/** An output format. */
export type Format = (typeof FORMATS)[number];

/** What a renderer is given besides the result: colour and width, passed in rather than read globally. */
export interface RenderOptions {
  /** Colour comes only through this instance, created with a fixed level; text without it is plain. */
  chalk?: ChalkInstance;
  /** Terminal width in columns. */
  columns: number;
  /** BibTeX: keep non-ASCII as UTF-8 instead of LaTeX commands. */
  unicode?: boolean;
  /** Text: show everything (all evidence, every item), not only what fits the length budget. */
  verbose?: boolean;
  /** Text: print ids beside the names of sources, claims and steps. */
  ids?: boolean;
  /** JSON: only these top-level fields (`--json=a,b`). */
  fields?: readonly string[];
}

/** A renderer: pure, no I/O, output ends with "\n". */
export type Renderer = (result: QueryResult, options: RenderOptions) => string;

const LOADERS = {
  text: async () => (await import('./text/index.js')).renderText,
  json: async () => (await import('./json.js')).renderJson,
  mermaid: async () => (await import('./mermaid.js')).renderMermaid,
  dot: async () => (await import('./dot.js')).renderDot,
  bibtex: async () => (await import('./bibtex.js')).renderBibtex,
} satisfies Record<Format, () => Promise<Renderer>>;

const GRAPH_KINDS: readonly ResultKind[] = ['trace', 'lineage', 'diff', 'tree', 'graph'];

/** Whether `format` can render a result of `kind`. */
export function supports(format: Format, kind: ResultKind): boolean {
  if (format === 'mermaid' || format === 'dot') return GRAPH_KINDS.includes(kind);
  if (format === 'bibtex') return kind === 'cite';
  return true;
}

/** Load the renderer for a format. */
export function loadRenderer(format: Format): Promise<Renderer> {
  return LOADERS[format]();
}

/**
 * Render a result in a format; text gets a chalk instance at `colorLevel` (0 for none). Every
 * format but JSON (which escapes on its own) renders a sanitized copy: one path for all of them,
 * so no renderer can forget a field.
 */
export async function renderResult(result: QueryResult, format: Format, options: { colorLevel: 0 | 1 | 2 | 3; columns: number } & Omit<RenderOptions, 'chalk' | 'columns'>): Promise<string> {
  const renderer = await loadRenderer(format);
  // Only text is ever coloured, so only text loads chalk.
  const chalk = format === 'text' ? new (await import('chalk')).Chalk({ level: options.colorLevel }) : undefined;
  const { colorLevel: _level, ...rest } = options;
  return renderer(format === 'json' ? result : sanitizeDeep(result), { ...rest, chalk });
}
