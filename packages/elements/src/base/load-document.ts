import { makeLoadingProblem, parseDocument, type Problem } from '@floke/core';
import { formatByteSize } from './byte-size.js';
import { DEFAULT_MAX_BYTES, DEFAULT_TIMEOUT_MS } from './load-limits.js';

export { DEFAULT_MAX_BYTES, DEFAULT_TIMEOUT_MS };

export interface LoadResult {
  readonly document?: unknown;
  readonly problems: readonly Problem[];
}

/** Reads a response body, giving up as soon as it grows past `maxBytes` (or says it will). */
async function readLimited(response: Response, maxBytes: number, signal: AbortSignal): Promise<string | undefined> {
  const declared = Number(response.headers.get('content-length'));
  if (Number.isFinite(declared) && declared > maxBytes) {
    // Refuse the body too: without this the browser goes on transferring all of it.
    await response.body?.cancel().catch(() => undefined);
    return undefined;
  }
  if (!response.body) return response.text();
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    if (signal.aborted) {
      await reader.cancel().catch(() => undefined);
      throw signal.reason;
    }
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > maxBytes) {
      await reader.cancel().catch(() => undefined);
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

const failed = (url: string, detail: string): LoadResult => ({ problems: [makeLoadingProblem('fetch-failed', '', { url, detail })] });
const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error));

/**
 * Fetches and parses a document. Network failures (also a body cut off mid-stream), HTTP errors, a timeout, oversize
 * bodies and JSON syntax errors come back as problems, never as exceptions; an abort by the caller (a newer `src`,
 * the element leaving the page) rejects with the abort reason.
 */
export async function loadDocument(
  url: string,
  options: { signal: AbortSignal; maxBytes?: number; timeoutMs?: number },
): Promise<LoadResult> {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const timeout = new AbortController();
  const timer = setTimeout(() => timeout.abort(new Error(`no answer within ${(timeoutMs / 1000).toLocaleString('en')} s`)), timeoutMs);
  const signal = AbortSignal.any([options.signal, timeout.signal]);
  // The caller's abort is rethrown; the timeout's becomes a problem like any other failure.
  const settle = (error: unknown): LoadResult => {
    if (options.signal.aborted) throw options.signal.reason;
    return failed(url, timeout.signal.aborted ? messageOf(timeout.signal.reason) : messageOf(error));
  };
  try {
    let response: Response;
    try {
      response = await fetch(url, { signal, headers: { accept: 'application/json' } });
    } catch (error) {
      return settle(error);
    }
    if (!response.ok) {
      await response.body?.cancel().catch(() => undefined);
      return failed(url, `HTTP ${response.status} ${response.statusText}`.trim());
    }
    let text: string | undefined;
    try {
      text = await readLimited(response, maxBytes, signal);
    } catch (error) {
      return settle(error);
    }
    if (text === undefined) return { problems: [makeLoadingProblem('fetch-too-large', '', { url, limit: formatByteSize(maxBytes) })] };
    return parseDocument(text);
  } finally {
    clearTimeout(timer);
  }
}
