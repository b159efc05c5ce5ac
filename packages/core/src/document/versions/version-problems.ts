import { makeProblem } from '../i18n/problem-messages.js';
import { pointerOf } from '../json-pointer.js';
import type { Problem } from '../problems.js';
import { materializeVersion } from './versions.js';

type Json = Record<string, unknown>;
const isObject = (value: unknown): value is Json => value !== null && typeof value === 'object' && !Array.isArray(value);

/**
 * Checks `versions` (since 1.3) beyond its shape: dates are unique, each version gives exactly one of `patch` and
 * `document`, its patch applies, and the version it makes is a valid document (`check` validates it; passed in, so
 * this module does not import the validator that imports it). A version's own errors are told once, at the version,
 * with the first of them; its warnings are shown where it is compared.
 */
export function versionProblems(document: unknown, check: (version: unknown) => readonly Problem[]): Problem[] {
  if (!isObject(document) || !Array.isArray(document.versions)) return [];
  const problems: Problem[] = [];
  const firstDate = new Map<string, string>();
  document.versions.forEach((entry, index) => {
    if (!isObject(entry) || typeof entry.date !== 'string') return;
    const at = (...tokens: Array<string | number>) => pointerOf('versions', index, ...tokens);
    const { date } = entry;
    const first = firstDate.get(date);
    if (first) return void problems.push(makeProblem('duplicate-version-date', at('date'), { date, first }));
    firstDate.set(date, at('date'));
    if (Array.isArray(entry.patch) === isObject(entry.document)) return void problems.push(makeProblem('version-content', at(), { date }));
    const version = materializeVersion(document, date);
    if (!version.ok) return void problems.push(...version.problems);
    const errors = check(version.document).filter((p) => p.severity === 'error');
    if (errors.length > 0)
      problems.push(
        makeProblem('version-invalid', at(), { date, count: errors.length, pointer: errors[0]!.pointer || '/', code: errors[0]!.code }),
      );
  });
  return problems;
}
