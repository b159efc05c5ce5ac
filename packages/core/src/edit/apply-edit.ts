import { validate } from '../document/validate/validate.js';
import type { Problem } from '../document/problems.js';
import type { FlokeDocument } from '../document/schema-types.js';
import type { Edit, EditResult } from './edit-types.js';
import { applyJsonPatch } from './json-patch.js';
import { planEdit } from './plan-edit.js';

/**
 * Applies one edit to a document and returns the new document with the change as an RFC 6902 patch and its inverse,
 * or refuses it. An edit is refused, whole, when its target is missing or when it would add an error the document
 * did not have (an unknown layer, a causal link without polarity …); a document that already had errors can still
 * be edited. The input is never mutated.
 */
export function applyEdit(document: FlokeDocument, edit: Edit): EditResult {
  const plan = planEdit(document, edit);
  if (!plan.ok) return { ok: false, problems: plan.problems };
  const { document: next, inverse } = applyJsonPatch(document, plan.patch);
  const after = validate(next).problems;
  const added = newErrors(problemsOf(document), after);
  if (added.length > 0) return { ok: false, problems: added };
  validated.set(next, after);
  return { ok: true, document: next, patch: plan.patch, inverse };
}

/**
 * Problems of documents this module made or checked. A workshop edits the document the last edit returned, which was
 * validated then: remembering it halves the work of each edit. Weak, so old documents go with their last reference.
 * Safe because a document given to `applyEdit` is treated as immutable (it is never written to here).
 */
const validated = new WeakMap<object, readonly Problem[]>();

function problemsOf(document: FlokeDocument): readonly Problem[] {
  let problems = validated.get(document);
  if (!problems) validated.set(document, (problems = validate(document).problems));
  return problems;
}

/**
 * Errors in `after` beyond those in `before`. Problems are matched by code and parameters, not by pointer, because
 * removing an item moves the pointers of every item after it.
 */
function newErrors(before: readonly Problem[], after: readonly Problem[]): Problem[] {
  const signature = (problem: Problem) => `${problem.code}\u0000${JSON.stringify(problem.params)}`;
  const seen = new Map<string, number>();
  for (const problem of before) {
    if (problem.severity === 'error') seen.set(signature(problem), (seen.get(signature(problem)) ?? 0) + 1);
  }
  return after.filter((problem) => {
    if (problem.severity !== 'error') return false;
    const left = seen.get(signature(problem)) ?? 0;
    seen.set(signature(problem), left - 1);
    return left <= 0;
  });
}
