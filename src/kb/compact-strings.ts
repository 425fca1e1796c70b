/**
 * Make the strings of parsed knowledge cheap to keep. The yaml package builds a quoted scalar
 * one character at a time (a rope of V8 cons-strings, ~32 bytes per character) and returns
 * longer plain scalars as slices that keep the whole file's text alive; ids and vocabulary
 * words repeat in thousands of separate copies: most of a gigabyte at 100k models. Each string
 * is replaced by a compact copy, and short ones are shared through `pool`.
 */

/** Strings up to this length (ids, enum values, dates, locators) are shared; longer ones are unique prose. */
const POOLED_LENGTH = 48;

/** Replace every string inside `value` (plain data that this module may mutate) in place; returns `value`. */
export function compactStrings<T>(value: T, pool: Map<string, string>): T {
  const stack: Array<Record<string, unknown> | unknown[]> = [];
  if (isContainer(value)) stack.push(value);
  while (stack.length > 0) {
    const container = stack.pop()!;
    if (Array.isArray(container)) {
      for (let i = 0; i < container.length; i++) container[i] = visit(container[i], pool, stack);
    } else {
      // Own keys only, and never through `__proto__`: assigning to it would replace the prototype
      // (invalid input keeps such a key as an ordinary own property).
      for (const key of Object.keys(container)) if (key !== '__proto__') container[key] = visit(container[key], pool, stack);
    }
  }
  return value;
}

function visit(item: unknown, pool: Map<string, string>, stack: Array<Record<string, unknown> | unknown[]>): unknown {
  if (typeof item === 'string') return compactString(item, pool);
  if (isContainer(item)) stack.push(item);
  return item;
}

/** A flat copy that refers to no larger string; short ones shared. */
export function compactString(s: string, pool: Map<string, string>): string {
  if (s.length > POOLED_LENGTH) return copyOf(s);
  let shared = pool.get(s);
  if (shared === undefined) {
    shared = copyOf(s);
    pool.set(shared, shared);
  }
  return shared;
}

/**
 * Concatenating then slicing makes V8 flatten into a new buffer; strings shorter than 13
 * characters are never ropes or slices, so they are kept as they are.
 */
function copyOf(s: string): string {
  return s.length < 13 ? s : `${s} `.slice(0, -1);
}

function isContainer(value: unknown): value is Record<string, unknown> | unknown[] {
  return value !== null && typeof value === 'object';
}
