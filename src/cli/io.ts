/** The process boundary, injected so the CLI can be run as a function in tests. */

/** Where text goes: a stream, or anything else with write() (only write is used). */
export interface Output {
  write(chunk: string): unknown;
}

export interface Io {
  stdout: Output;
  stderr: Output;
  /** Whether stdout is a terminal. */
  isTTY: boolean;
  /** Terminal width in columns (80 when unknown). */
  columns: number;
  env: Record<string, string | undefined>;
  /** Working directory, for resolving relative `--kb` paths. */
  cwd: string;
}
