// Whether a document is large, apart from the code that prepares one (model-client.ts, a chunk loaded for large
// documents only).

/**
 * Documents with more elements and relations than this together are validated and normalized in a Worker: on the
 * main thread they would block the page (100,000 elements took 13 s). Below it, normalizing takes a few milliseconds.
 */
export const LARGE_DOCUMENT_ITEMS = 2000;

export const listOf = (data: unknown, key: 'elements' | 'relations'): unknown[] => {
  const list = data !== null && typeof data === 'object' ? (data as Record<string, unknown>)[key] : undefined;
  return Array.isArray(list) ? list : [];
};

/** Whether a document is large enough to prepare in a Worker (`LARGE_DOCUMENT_ITEMS`). */
export function isLargeDocument(data: unknown): data is object {
  return listOf(data, 'elements').length + listOf(data, 'relations').length > LARGE_DOCUMENT_ITEMS;
}
