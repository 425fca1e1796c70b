/** The process boundary, injected so the CLI can be run as a function in tests. */
import type { Writable } from 'node:stream';

export interface Io {
  stdout: Writable;
  stderr: Writable;
  /** Whether stdout is a terminal. */
  isTTY: boolean;
  /** Terminal width in columns (80 when unknown). */
  columns: number;
  env: Record<string, string | undefined>;
  /** Working directory, for resolving relative `--kb` paths. */
  cwd: string;
}
