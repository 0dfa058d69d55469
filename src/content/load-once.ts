// A chunk fetched the first time it is needed and shared after that: the page's later parts (the
// rules engine, the play screens) load this way. A failed load is not remembered, so the next call
// tries again (a chunk missed while offline comes once the network is back).

/** A value loaded once on demand. */
export interface LoadOnce<T> {
  /** Starts the load (once) and resolves to the value. */
  load(): Promise<T>;
  /** The value once loaded, else null. */
  get(): T | null;
}

/** Wraps `fetch` (typically a dynamic `import()`) so it runs at most once at a time and its result is kept. */
export function loadOnce<T>(fetch: () => Promise<T>): LoadOnce<T> {
  let value: T | null = null;
  let pending: Promise<T> | null = null;
  return {
    load() {
      pending ??= fetch().then(
        (v) => (value = v),
        (e: unknown) => {
          pending = null;
          throw e;
        },
      );
      return pending;
    },
    get: () => value,
  };
}
