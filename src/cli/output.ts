/**
 * The process's stdout and stderr as writers. Output that is not a terminal is written with
 * fs.writeSync, as Node's own stdout writes files (and, on Linux, pipes), without loading Node's
 * stream and net modules for it: ~3 ms of a query piped into `jq`. A terminal keeps
 * process.stdout; stderr is opened only when something is written to it.
 */
import { fstatSync, statSync, writeSync } from 'node:fs';
import { isatty } from 'node:tty';
import { EXIT } from '../errors.js';
import type { Output } from './io.js';

/**
 * Whether stdout is a terminal. The tty module (which loads net) is asked only about a character
 * device other than /dev/null: a file, pipe or socket is told by fstat, and so is output thrown
 * away (`> /dev/null`, as scripts and the benchmark run it).
 */
function stdoutIsTTY(): boolean {
  const out = fstatSync(1);
  return out.isCharacterDevice() && !isDevNull(out) && isatty(1);
}

function isDevNull(out: { dev: number; ino: number }): boolean {
  try {
    const devNull = statSync('/dev/null');
    return out.dev === devNull.dev && out.ino === devNull.ino;
  } catch {
    return false; // no /dev/null here (Windows): the tty module decides
  }
}

/** Stdout when it is not a terminal; undefined when fd 1 cannot be examined (then process.stdout decides). */
export function directStdout(): Output | undefined {
  try {
    if (stdoutIsTTY()) return undefined;
  } catch {
    return undefined;
  }
  let stream: NodeJS.WriteStream | undefined;
  return {
    write(chunk: string) {
      if (stream) return stream.write(chunk);
      let bytes = Buffer.from(chunk);
      while (bytes.length > 0) {
        try {
          bytes = bytes.subarray(writeSync(1, bytes));
        } catch (error) {
          // A full pipe opened non-blocking: from here on the stream waits for it to drain.
          if ((error as NodeJS.ErrnoException).code !== 'EAGAIN') return failedWrite(error as NodeJS.ErrnoException, true);
          stream = watched(process.stdout, true);
          return stream.write(bytes); // bytes, not text: the cut may fall inside a character
        }
      }
      return true;
    },
  };
}

/** Stderr, opened on the first write. */
export function lazyStderr(): Output {
  let stream: Output | undefined;
  return { write: (chunk: string) => (stream ??= watched(process.stderr, false)).write(chunk) };
}

/** A stream whose failed writes end the run the way failedWrite says. */
export function watched(stream: NodeJS.WriteStream, isStdout: boolean): NodeJS.WriteStream {
  return stream.on('error', (error: NodeJS.ErrnoException) => failedWrite(error, isStdout));
}

function failedWrite(error: NodeJS.ErrnoException, isStdout: boolean): never {
  // A closed pipe (`| head -1`) is the reader having read enough.
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  // Any other failed write (`> /dev/full`): one line, no stack, not one of the four answers.
  if (isStdout) process.stderr.write(`gptlineage: cannot write the output (${error.code ?? error.message})\n`);
  process.exit(EXIT.internal);
}
