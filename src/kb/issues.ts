/** Diagnostics as data: every problem in the knowledge base is a KbIssue with a stable code. */

export const ISSUE_CODES = {
  // Reading files
  FILE_NOT_FOUND: 'error',
  FILE_UNREADABLE: 'error',
  FILE_TOO_LARGE: 'error',
  FILE_ENCODING: 'error',
  NO_KNOWLEDGE_FILES: 'error',
  EMPTY_FILE: 'warning',
  // YAML
  YAML_SYNTAX: 'error',
  YAML_DUPLICATE_KEY: 'error',
  YAML_TAB_INDENT: 'error',
  YAML_ALIAS: 'error',
  YAML_TAG: 'error',
  YAML_TOO_DEEP: 'error',
  YAML_MULTI_DOCUMENT: 'error',
  YAML_VERSION: 'error',
  // Shape (zod)
  NOT_A_MAPPING: 'error',
  UNKNOWN_KEY: 'error',
  MISSING_FIELD: 'error',
  WRONG_TYPE: 'error',
  INVALID_VALUE: 'error',
  INVALID_FORMAT: 'error',
  OUT_OF_RANGE: 'error',
  // Semantic rules
  DUPLICATE_ID: 'error',
  ALIAS_COLLISION: 'error',
  DANGLING_REF: 'error',
  WRONG_KIND_REF: 'error',
  LINEAGE_CYCLE: 'error',
  CLAIM_WITHOUT_EVIDENCE: 'error',
  EVIDENCE_WITHOUT_SOURCE: 'error',
  CLAIM_WITHOUT_CAUSE: 'error',
  APPLIES_WITHOUT_METHOD: 'error',
  ERRATUM_TRUSTS_TWO: 'error',
  REVIEW_BEFORE_SOURCE: 'error',
  REGRADE_UNSUPPORTED: 'error',
  SCALE_REVERSED: 'error',
  BENCHMARK_UNIT: 'error',
  PERCENT_OVER_100: 'error',
  ACTIVE_EXCEEDS_TOTAL: 'error',
  TEACHER_IS_PARENT: 'error',
  BENCHMARK_UNNAMED: 'warning',
  RELEASED_BEFORE_PARENT: 'warning',
  WEAK_ESTABLISHED: 'warning',
  UNCITED_SOURCE: 'warning',
} as const satisfies Record<string, Severity>;

export type Severity = 'error' | 'warning';
export type IssueCode = keyof typeof ISSUE_CODES;

/** One problem, positioned at file:line:column (1-based) where a position exists. */
export interface KbIssue {
  code: IssueCode;
  severity: Severity;
  file: string;
  line?: number;
  column?: number;
  /** Dotted path inside the file, e.g. `claims.3.evidence.0.source`. */
  path?: string;
  /** What is wrong and what would be valid, in one sentence. */
  message: string;
}

/** Build an issue with the severity its code carries. */
export function issue(code: IssueCode, message: string, at: Omit<KbIssue, 'code' | 'severity' | 'message'>): KbIssue {
  return { code, severity: ISSUE_CODES[code], message, ...at };
}

/** Deterministic order: file, line, column, code. */
export function compareIssues(a: KbIssue, b: KbIssue): number {
  return (
    a.file.localeCompare(b.file) ||
    (a.line ?? 0) - (b.line ?? 0) ||
    (a.column ?? 0) - (b.column ?? 0) ||
    a.code.localeCompare(b.code)
  );
}
