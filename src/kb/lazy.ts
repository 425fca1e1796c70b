/**
 * Define `target[name]` as computed on its first read and kept from then on: an index or a table
 * only some commands read costs the others nothing (at 100k models the name index alone is 0.3 s).
 */
export function defineLazy<T extends object, K extends keyof T>(target: T, name: K, compute: () => T[K]): void {
  Object.defineProperty(target, name, {
    configurable: true,
    enumerable: true,
    get() {
      const value = compute();
      Object.defineProperty(target, name, { value, enumerable: true, writable: true, configurable: true });
      return value;
    },
  });
}
