import { lazyChunk } from './lazy-chunk.js';

/** The problem display (see `problems-code.ts`), loaded on first use. */
export const problemsChunk = lazyChunk(() => import('./problems-code.js'));
