/**
 * Define `target[name]` as computed on its first read and kept from then on: an index or a table
 * only some commands read costs the others nothing (at 100k models the name index alone is 0.3 s).
 * A copy made by `withChanges` shares the one computation.
 */
export function defineLazy<T extends object, K extends keyof T>(target: T, name: K, compute: () => T[K]): void {
  let value: T[K] | undefined;
  let computed = false;
  Object.defineProperty(target, name, {
    configurable: true,
    enumerable: true,
    get(this: T) {
      if (!computed) [value, computed] = [compute(), true];
      Object.defineProperty(this, name, { value, enumerable: true, writable: true, configurable: true });
      return value;
    },
  });
}

/** `{ ...target, ...changes }`, except that what `target` has not computed yet stays uncomputed (a spread reads every property). */
export function withChanges<T extends object>(target: T, changes: Partial<T>): T {
  return Object.assign(Object.defineProperties({}, Object.getOwnPropertyDescriptors(target)), changes) as T;
}
