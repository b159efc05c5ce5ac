import { OVERVIEW_THRESHOLD } from '@floke/core/actor-network';
import { lazyChunk } from '../base/lazy-chunk.js';

/** `networkOverview`, loaded on first use (see `overview-code.ts`). */
export const overviewChunk = lazyChunk(() => import('./overview-code.js'));

/**
 * Whether a document may need the overview: it has more elements than the overview's threshold of visible nodes
 * (a view never shows more nodes than the document has elements). Such a view loads the chunk with the document.
 */
export function mayNeedOverview(document: unknown): boolean {
  const elements = document !== null && typeof document === 'object' ? (document as { elements?: unknown }).elements : undefined;
  return Array.isArray(elements) && elements.length > OVERVIEW_THRESHOLD;
}
