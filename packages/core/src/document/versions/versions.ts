import { makeProblem } from '../i18n/problem-messages.js';
import { pickText, toLocalTextMap } from '../i18n/local-text.js';
import { pointerOf } from '../json-pointer.js';
import type { LocalText } from '../schema-types.js';
import type { Problem } from '../problems.js';
import { applyPatch } from './apply-patch.js';

type Json = Record<string, unknown>;
const isObject = (value: unknown): value is Json => value !== null && typeof value === 'object' && !Array.isArray(value);

/** One dated earlier version a document carries in `versions` (since 1.3). */
export interface DocumentVersion {
  /** Its date as written (`2024`, `2024-01`, `2024-01-18`): the name `materializeVersion` and `compare-version` take. */
  readonly date: string;
  /** Its label in the asked language, when it has one. */
  readonly label?: string;
  /** Where it stands in the document: `/versions/0`. */
  readonly pointer: string;
  /** How it is given: a JSON Patch against the document, or a whole document. */
  readonly content: 'patch' | 'document';
}

export type MaterializedVersion =
  | {
      readonly ok: true;
      /** The version as a document of its own (not normalized), with no `versions`. */
      readonly document: Json;
      readonly version: DocumentVersion;
    }
  | { readonly ok: false; readonly problems: readonly Problem[] };

/** The version entries that can be read: objects with a string date and exactly one of `patch` and `document`. */
function entries(document: unknown): { entry: Json; index: number; content: 'patch' | 'document' }[] {
  const list = isObject(document) && Array.isArray(document.versions) ? document.versions : [];
  const found: { entry: Json; index: number; content: 'patch' | 'document' }[] = [];
  list.forEach((entry, index) => {
    if (!isObject(entry) || typeof entry.date !== 'string') return;
    const patch = Array.isArray(entry.patch);
    const whole = isObject(entry.document);
    if (patch !== whole) found.push({ entry, index, content: patch ? 'patch' : 'document' });
  });
  return found;
}

/**
 * The dated versions a document carries (`versions`, since 1.3), oldest first (entries with the same date in document
 * order); labels in `lang` (default: the document's language). Entries without a date or content are left out here:
 * `validate` names them.
 */
export function versionsOf(document: unknown, lang?: string): DocumentVersion[] {
  const language = isObject(document) && typeof document.language === 'string' ? document.language : 'nb';
  return entries(document)
    .map(({ entry, index, content }) => {
      const label = pickText(toLocalTextMap(entry.label as LocalText | undefined, language), lang ?? language, language);
      return { date: entry.date as string, ...(label ? { label } : {}), pointer: pointerOf('versions', index), content };
    })
    .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
}

/**
 * The document as it stood at `date`: the version of that date (the first, if two share it) applied to the document
 * without its `versions` (a patch), or given whole. Its `updated` is the version's date unless the version sets it.
 * The result is a plain document to validate and normalize like any other; the input is not changed (the result
 * shares with it what the version leaves alone, so treat both as read-only, as Floke does). Fails with a
 * problem (pointer, nb/nn/en message) when there is no such version or its patch does not apply.
 */
export function materializeVersion(document: unknown, date: string): MaterializedVersion {
  const found = entries(document).find(({ entry }) => entry.date === date);
  if (!found) {
    const dates = versionsOf(document).map((v) => v.date);
    return {
      ok: false,
      problems: [
        makeProblem('version-not-found', isObject(document) && 'versions' in document ? '/versions' : '', {
          date,
          dates: dates.join(', '),
        }),
      ],
    };
  }
  const { entry, index, content } = found;
  const version: DocumentVersion = versionsOf(document).find((v) => v.pointer === pointerOf('versions', index))!;
  const current = document as Json;
  let result: Json;
  if (content === 'document') {
    // A shallow copy: the version shares the rest with the document, as a patched one does.
    result = { ...(entry.document as Json) };
    delete result.versions;
    if (result.updated === undefined) result.updated = date;
  } else {
    const base: Json = { ...current };
    delete base.versions;
    const applied = applyPatch(base, entry.patch as unknown[]);
    if (!applied.ok) {
      const operation = (entry.patch as unknown[])[applied.index];
      const path = isObject(operation) && typeof operation.path === 'string' ? operation.path : '';
      return {
        ok: false,
        problems: [
          makeProblem('version-patch-failed', pointerOf('versions', index, 'patch', applied.index), { date, path, reason: applied.reason }),
        ],
      };
    }
    if (!isObject(applied.value)) {
      return {
        ok: false,
        problems: [makeProblem('version-patch-failed', pointerOf('versions', index, 'patch'), { date, path: '', reason: 'bad-operation' })],
      };
    }
    result = applied.value;
    delete result.versions;
    // The patch starts from today's document: unless it dates the version itself, its date does.
    if (result.updated === current.updated) result.updated = date;
  }
  return { ok: true, document: result, version };
}
