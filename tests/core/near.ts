import assert from 'node:assert/strict';

/**
 * Asserts that two numbers are within `tolerance`, with a message that shows both. (A bare `assert.ok` that fails
 * makes Node re-read and parse the test's source to describe the expression, which under tsx can take minutes.)
 */
export function assertNear(actual: number, expected: number, tolerance = 1e-9, what = 'value'): void {
  if (!(Math.abs(actual - expected) <= tolerance)) assert.fail(`${what}: ${actual} is not within ${tolerance} of ${expected}`);
}
