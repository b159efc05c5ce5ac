/** Code a view loads on first use (a dynamic import), once per page; usable synchronously once it has loaded. */
export interface LazyChunk<T> {
  /** Starts loading, or returns the load under way; a failed load may be tried again. */
  load(): Promise<T>;
  /** The module, once loaded. */
  readonly loaded: T | undefined;
}

/**
 * Wraps `importer` (`() => import('./x.js')`), so bundlers make `x.js` a chunk of its own and a page pays for it only
 * when a view needs it. Views list the chunks they draw with in `documentChunks`: the first update with a document
 * waits for them, so nothing is drawn half.
 */
export function lazyChunk<T>(importer: () => Promise<T>): LazyChunk<T> {
  let loaded: T | undefined;
  let loading: Promise<T> | undefined;
  return {
    load() {
      loading ??= importer().then(
        (module) => (loaded = module),
        (error: unknown) => {
          loading = undefined;
          throw error;
        },
      );
      return loading;
    },
    get loaded() {
      return loaded;
    },
  };
}
