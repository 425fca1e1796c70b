/**
 * The yaml package builds quoted scalars one character at a time, so each such value is a rope
 * of dozens of V8 cons-strings (about 32 bytes per character-append, ~1.7 GB at 100k models).
 * Reading a character flattens a string in place; the rope below it becomes garbage.
 */

/** Flatten every string inside `value` (plain data: objects, arrays, scalars); returns `value`. */
export function flattenStrings<T>(value: T): T {
  const stack: unknown[] = [value];
  while (stack.length > 0) {
    const current = stack.pop();
    if (typeof current === 'string') current.charCodeAt(0);
    else if (Array.isArray(current)) for (const item of current) stack.push(item);
    else if (current !== null && typeof current === 'object') for (const key in current) stack.push((current as Record<string, unknown>)[key]);
  }
  return value;
}
