import type { NormalizedDocument } from '@floke/core';
import { isLargeDocument } from './large-document-check.js';
import { lazyChunk } from './lazy-chunk.js';

/** The code for large documents (see `large-document-code.ts`), loaded on first use. */
export const largeDocumentChunk = lazyChunk(() => import('./large-document-code.js'));

/** Whether a view given this `data` or `model` needs the large-document code before it draws. */
export function needsLargeDocumentCode(data: unknown, model: NormalizedDocument | undefined): boolean {
  return isLargeDocument(data) || model?.scope !== undefined;
}
