import { lazyChunk } from './lazy-chunk.js';

/** The export's shared code (see `export-code.ts`), loaded on first use. */
export const exportChunk = lazyChunk(() => import('./export-code.js'));
