import validateSchema from '../../generated/validate-schema.js';
import { parsePointer } from '../json-pointer.js';
import type { Problem } from '../problems.js';
import { schemaProblems } from './schema-problems.js';
import { semanticProblems } from './semantic.js';
import { guardDepth, type DepthGuardResult } from '../depth-guard.js';
import { limitProblems } from '../apply-limits.js';
import { versionProblems } from '../versions/version-problems.js';

export interface ValidationResult {
  /** True when there is no problem of severity `error` (warnings allowed). */
  readonly valid: boolean;
  /** Every problem, in document order. */
  readonly problems: readonly Problem[];
}

/** Orders pointers as their places appear in the document (array indexes numerically). */
export function comparePointers(a: string, b: string): number {
  const left = parsePointer(a);
  const right = parsePointer(b);
  for (let i = 0; i < Math.min(left.length, right.length); i++) {
    const x = left[i]!;
    const y = right[i]!;
    if (x === y) continue;
    const bothIndexes = /^\d+$/.test(x) && /^\d+$/.test(y);
    return bothIndexes ? Number(x) - Number(y) : x < y ? -1 : 1;
  }
  return left.length - right.length;
}

/**
 * Validates a parsed document against schema v1 (precompiled, CSP-safe) and the semantic rules.
 * Never throws, whatever it is given.
 */
export function validate(document: unknown): ValidationResult {
  return validateGuarded(guardDepth(document));
}

/** `validate` of a document whose nesting `guardDepth` has already cut (so `normalize` walks it only once). */
export function validateGuarded(guarded: DepthGuardResult): ValidationResult {
  const { document } = guarded;
  const shapeOk = validateSchema(document);
  const own = [
    ...guarded.problems,
    ...(shapeOk ? [] : schemaProblems(validateSchema.errors ?? [], document)),
    ...semanticProblems(document),
    ...limitProblems(document),
  ];
  const problems = [...own, ...versionProblems(document, (version) => validate(version).problems, own)];
  problems.sort((a, b) => comparePointers(a.pointer, b.pointer));
  return { valid: !problems.some((p) => p.severity === 'error'), problems };
}
