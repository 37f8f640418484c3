/**
 * Defines `key` as an enumerable property computed on first read (then kept); assigning it
 * replaces the value. JSON.stringify, spreads and deep equality see a plain value.
 */
export function lazy<T extends object, K extends keyof T>(target: T, key: K, compute: () => T[K]): void {
  let value: T[K] | undefined;
  let done = false;
  Object.defineProperty(target, key, {
    enumerable: true,
    configurable: true,
    get: () => {
      if (!done) {
        value = compute();
        done = true;
      }
      return value as T[K];
    },
    set: (v: T[K]) => {
      value = v;
      done = true;
    },
  });
}
