// Apart from load-document.ts, which views import only when they fetch a document (`src`).

/** Default ceiling for a fetched document: larger ones are refused before they are parsed. */
export const DEFAULT_MAX_BYTES = 5 * 1024 * 1024;

/** How long `src` may take, from the request to the last byte, before the view gives up with `fetch-failed`. */
export const DEFAULT_TIMEOUT_MS = 30_000;
