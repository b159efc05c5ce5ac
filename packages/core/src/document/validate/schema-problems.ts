import type { SchemaError } from '../../generated/validate-schema.js';
import { makeProblem } from '../i18n/problem-messages.js';
import { isPointerWithin, pointerOf, valueAtPointer } from '../json-pointer.js';
import type { Problem } from '../problems.js';

/** Shows a value in a message: strings quoted, long values cut. */
export function showValue(value: unknown): string {
  const text = JSON.stringify(value) ?? String(value);
  return text.length > 60 ? text.slice(0, 57) + '…' : text;
}

/** The JSON type name of a value as the schema uses it. */
function jsonTypeOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  if (typeof value === 'number') return Number.isInteger(value) ? 'integer' : 'number';
  return typeof value;
}

/** The titled definition an error came from (`PartialDate`, `Id`, `LocalText` …), read off the failing schema. */
function definitionOf(error: SchemaError): string | undefined {
  const title = (error.parentSchema as { title?: unknown } | undefined)?.title;
  return typeof title === 'string' ? title : undefined;
}

/**
 * Errors of the branches of a failed `oneOf`/`anyOf` mostly say the same thing again; keep only the combinator's.
 * An object given where an id or an object is allowed (`{source, locator}`, `{id, label}`) is meant as the object:
 * then the object branch's own errors say best what is wrong (a missing locator, a malformed id inside it).
 */
function dropBranchNoise(errors: readonly SchemaError[], document: unknown): SchemaError[] {
  const combinators = errors.filter((e) => e.keyword === 'oneOf' || e.keyword === 'anyOf');
  const objectAt = (pointer: string) => {
    const value = valueAtPointer(document, pointer);
    return value !== null && typeof value === 'object' && !Array.isArray(value);
  };
  // Inside an object: everything but the other branches' complaint that it is not a string.
  const objectBranchErrors = (c: SchemaError) =>
    errors.filter(
      (e) => e !== c && isPointerWithin(e.instancePath, c.instancePath) && !(e.instancePath === c.instancePath && e.keyword === 'type'),
    );
  const explained = new Set(combinators.filter((c) => objectAt(c.instancePath) && objectBranchErrors(c).length > 0));
  return errors.filter((error) => {
    if (explained.has(error)) return false;
    return !combinators.some(
      (c) =>
        c !== error && isPointerWithin(error.instancePath, c.instancePath) && !(explained.has(c) && objectBranchErrors(c).includes(error)),
    );
  });
}

/** Maps one validator error to a Floke problem with a stable code and the pointer of the offending value. */
function toProblem(error: SchemaError, document: unknown): Problem {
  // A rule on property names (language tags of a LocalText) fails at the key itself.
  const pointer = error.propertyName === undefined ? error.instancePath : error.instancePath + pointerOf(error.propertyName);
  const value = error.propertyName ?? valueAtPointer(document, pointer);
  const definition = definitionOf(error);
  const params = error.params;
  if (definition === 'LocalText' || definition === 'LocalTextEntry') return makeProblem('local-text-invalid', pointer);
  if (definition === 'Locator' && error.keyword === 'pattern') return makeProblem('locator-blank', pointer);
  switch (error.keyword) {
    case 'required':
      return makeProblem('required', pointer, { property: String(params.missingProperty) });
    case 'additionalProperties': {
      const property = String(params.additionalProperty);
      return makeProblem('unknown-property', pointer + pointerOf(property), { property });
    }
    case 'type':
      return makeProblem('wrong-type', pointer, { expected: String(params.type), actual: jsonTypeOf(value) });
    case 'enum':
      return makeProblem('not-allowed-value', pointer, {
        value: showValue(value),
        allowed: (params.allowedValues as unknown[]).map((v) => JSON.stringify(v)).join(', '),
      });
    case 'pattern':
      if (pointer === '/floke') return makeProblem('version-unsupported', pointer, { value: showValue(value) });
      if (definition === 'PartialDate') return makeProblem('date-format', pointer, { value: showValue(value) });
      if (definition === 'LanguageTag') return makeProblem('language-tag-format', pointer, { value: showValue(value) });
      return makeProblem('id-format', pointer, { value: showValue(value) });
    case 'minimum':
    case 'maximum':
    case 'exclusiveMinimum':
    case 'exclusiveMaximum':
      return makeProblem('out-of-range', pointer, { value: showValue(value), limit: `${params.comparison} ${params.limit}` });
    case 'minItems':
    case 'minProperties':
      return makeProblem('too-few-items', pointer, { limit: Number(params.limit) });
    case 'maxItems':
      return makeProblem('too-many-items', pointer, { limit: Number(params.limit) });
    case 'oneOf':
    case 'anyOf':
      return makeProblem('wrong-type', pointer, {
        expected: definition === 'SourceReference' ? 'id | {source, locator}' : 'id | {id, label}',
        actual: jsonTypeOf(value),
      });
    default:
      return makeProblem('schema-violation', pointer, { keyword: error.keyword });
  }
}

/** Turns the precompiled validator's errors into problems, one per distinct place, code and missing property. */
export function schemaProblems(errors: readonly SchemaError[], document: unknown): Problem[] {
  const seen = new Set<string>();
  const problems: Problem[] = [];
  // `propertyNames` repeats the failure of the rule it applies, reported at the key.
  for (const error of dropBranchNoise(errors, document).filter((e) => e.keyword !== 'propertyNames')) {
    const problem = toProblem(error, document);
    const key = `${problem.code} ${problem.pointer} ${problem.params['property'] ?? ''}`;
    if (seen.has(key)) continue;
    seen.add(key);
    problems.push(problem);
  }
  return problems;
}
