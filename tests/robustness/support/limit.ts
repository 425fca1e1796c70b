/** Run at most `n` child processes at a time, so wall-time limits stay meaningful on a 2-core machine. */
import { availableParallelism } from 'node:os';

/** A queue that lets `n` tasks run at once. */
export function limitConcurrency(n = Math.max(1, availableParallelism())): <T>(task: () => Promise<T>) => Promise<T> {
  let running = 0;
  const waiting: Array<() => void> = [];
  return async (task) => {
    if (running >= n) await new Promise<void>((resolve) => waiting.push(resolve));
    running++;
    try {
      return await task();
    } finally {
      running--;
      waiting.shift()?.();
    }
  };
}
