// Apart from validate.ts on purpose: a page that fetches a document parses it before the validator (a lazy chunk in
// the elements) has loaded, and bundlers split by module.
import { makeLoadingProblem } from '../i18n/loading-problem-messages.js';
import type { Problem } from '../problems.js';
import { jsonErrorOffset } from './json-error-offset.js';

export interface ParseResult {
  /** The parsed value, absent when the text is not JSON. */
  readonly document?: unknown;
  readonly problems: readonly Problem[];
}

/** Line and column (1-based) of a character offset. */
function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  return { line, column: offset - before.lastIndexOf('\n') };
}

/** Parses JSON text, turning a syntax error into a `json-syntax` problem with its line and column. */
export function parseDocument(text: string): ParseResult {
  try {
    return { document: JSON.parse(text), problems: [] };
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    const offset = jsonErrorOffset(text);
    const place = offset < 0 ? '' : (({ line, column }) => ` (${line}:${column})`)(lineAndColumn(text, offset));
    return { problems: [makeLoadingProblem('json-syntax', '', { detail: detail + place })] };
  }
}
