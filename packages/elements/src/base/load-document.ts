import { makeProblem, parseDocument, type Problem } from '@floke/core';
import { formatByteSize } from './byte-size.js';

export interface LoadResult {
  readonly document?: unknown;
  readonly problems: readonly Problem[];
}

/** Default ceiling for a fetched document: larger ones are refused before they are parsed. */
export const DEFAULT_MAX_BYTES = 5 * 1024 * 1024;

/** Reads a response body, giving up as soon as it grows past `maxBytes`. */
async function readLimited(response: Response, maxBytes: number, signal: AbortSignal): Promise<string | undefined> {
  const declared = Number(response.headers.get('content-length'));
  if (Number.isFinite(declared) && declared > maxBytes) return undefined;
  if (!response.body) return response.text();
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    if (signal.aborted) throw signal.reason;
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > maxBytes) {
      await reader.cancel();
      return undefined;
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return new TextDecoder().decode(bytes);
}

/**
 * Fetches and parses a document. Network failures, HTTP errors, oversize bodies and JSON syntax errors
 * come back as problems, never as exceptions; an abort (a newer `src`) rejects with the abort reason.
 */
export async function loadDocument(url: string, options: { signal: AbortSignal; maxBytes?: number }): Promise<LoadResult> {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  let response: Response;
  try {
    response = await fetch(url, { signal: options.signal, headers: { accept: 'application/json' } });
  } catch (error) {
    if (options.signal.aborted) throw options.signal.reason;
    return { problems: [makeProblem('fetch-failed', '', { url, detail: error instanceof Error ? error.message : String(error) })] };
  }
  if (!response.ok) {
    return { problems: [makeProblem('fetch-failed', '', { url, detail: `HTTP ${response.status} ${response.statusText}`.trim() })] };
  }
  const text = await readLimited(response, maxBytes, options.signal);
  if (text === undefined) return { problems: [makeProblem('fetch-too-large', '', { url, limit: formatByteSize(maxBytes) })] };
  return parseDocument(text);
}
