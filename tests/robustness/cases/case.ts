/** The shape of one corpus case, and small helpers to write cases whose positions are easy to read. */
import type { IssueCode } from '../../../src/kb/issues.js';

export interface Case {
  name: string;
  /** Files written into the case directory (name → text or bytes). */
  files?: Record<string, string | Buffer>;
  /** Build the case on disk (big, generated, special files). Runs after `files` are written. */
  setup?: (dir: string) => void;
  /** `--kb` arguments, relative to the case directory (the run's cwd). Default: `.`, the whole directory. */
  kb?: string[];
  /** Expected exit code of `validate`. */
  exit: 0 | 3;
  /** Issue codes that must be reported; the first one is the case's main code. */
  codes: IssueCode[];
  /** Where the first issue with the main code must point: display name, line and column; `null` when no position exists. */
  at?: { file: string; line: number; column: number } | { file: string; line: null };
  /** Error codes other than `codes` that may also appear; any other error code fails the case. */
  alsoAllowed?: IssueCode[];
  /** Also run `show davinci --kb …` and check its JSON error (or its answer, when valid). */
  query?: boolean;
  /** Meaningful only when the CLI cannot read as root: run it as an unprivileged user when the suite is root. */
  unprivileged?: boolean;
  /** Bounds for this case when they differ from the defaults. */
  limits?: { ms?: number; mb?: number };
  /** Why a case is skipped on this machine, decided at collection time. */
  skip?: string;
}

/** Lines joined with "\n": line N of the file is argument N. */
export function y(...lines: string[]): string {
  return `${lines.join('\n')}\n`;
}

/** 1-based column of the first occurrence of `needle` in `line` (so expectations do not hand-count columns). */
export function colOf(line: string, needle: string): number {
  const index = line.indexOf(needle);
  if (index < 0) throw new Error(`\`${needle}\` is not in \`${line}\``);
  return index + 1;
}

/** A valid source that a case can cite, so that UNCITED_SOURCE warnings stay out of the way. */
export const SOURCE = y('sources:', '  - id: rb-src', '    kind: paper', '    title: A source the cases cite');

/** One evidence entry citing `rb-src`, in flow style. */
export const EVIDENCE = '{ source: rb-src, stance: supports, kind: documentation, note: Said so. }';

/** A derivation from `from` to `to`, in flow style, at one line. */
export function derivation(id: string, from: string[], to: string): string {
  const parents = from.length > 0 ? `from: [${from.join(', ')}], ` : '';
  return `  - { id: ${id}, ${parents}to: ${to}, methods: [base-pretraining], confidence: likely, evidence: [${EVIDENCE}] }`;
}

/** A model in flow style, at one line. */
export function model(id: string, extra = ''): string {
  return `  - { id: ${id}, name: Model ${id}${extra ? `, ${extra}` : ''} }`;
}
