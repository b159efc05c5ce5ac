/**
 * Golden files for node tests, after Observable Plot's `test/plot-snapshot.js`: a value is compared with
 * `tests/core/snapshots/<name>.json`, checked in, so a change in what a view draws shows up as a failing test and a
 * reviewable diff.
 *
 * - The value is made plain first: numbers rounded to 0.1 (what a reader can see, and stable across the last bits of
 *   floating point), object keys sorted, Maps become objects, Sets and typed arrays become arrays.
 * - Missing file: it is written and the test passes, so a new golden test records its first run; commit the file.
 *   Under `CI` (any non-empty value) a missing file fails instead, so a forgotten snapshot cannot pass in CI.
 * - Mismatch: `<name>-changed.json` is written beside it (gitignored) and the test fails with the first differing path.
 *   Compare the two files; if the change is intended, run `UPDATE_SNAPSHOTS=1 npm run test:node`, which rewrites every
 *   snapshot that differs and passes.
 */
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
export const snapshotDirectory = join(here, 'snapshots');

type Plain = null | boolean | number | string | Plain[] | { [key: string]: Plain };

/** Rounds to 0.1 (and -0 to 0); non-finite numbers, which JSON cannot hold, become strings so they show up. */
export function roundNumber(value: number): number | string {
  if (!Number.isFinite(value)) return String(value);
  const rounded = Math.round(value * 10) / 10;
  return rounded === 0 ? 0 : rounded;
}

/** The JSON-ready, rounded, key-sorted form of a value. */
export function plain(value: unknown): Plain {
  if (value === null || value === undefined) return null;
  if (typeof value === 'number') return roundNumber(value);
  if (typeof value === 'boolean' || typeof value === 'string') return value;
  if (typeof value === 'bigint') return value.toString();
  if (Array.isArray(value) || ArrayBuffer.isView(value)) return Array.from(value as ArrayLike<unknown>, plain);
  if (value instanceof Set) return [...value].map(plain);
  if (value instanceof Map) return plain(Object.fromEntries([...value].map(([k, v]) => [String(k), v])));
  if (typeof value === 'object') {
    const out: { [key: string]: Plain } = {};
    for (const key of Object.keys(value).sort()) {
      const v = (value as Record<string, unknown>)[key];
      if (v !== undefined && typeof v !== 'function') out[key] = plain(v);
    }
    return out;
  }
  return String(value);
}

/** The first path at which two plain values differ, with both sides, or undefined when they are equal. */
export function firstDifference(expected: Plain, actual: Plain, path = '$'): string | undefined {
  const show = (v: Plain | undefined) => (v === undefined ? 'nothing' : JSON.stringify(v).slice(0, 80));
  const kind = (v: Plain) => (v === null ? 'null' : Array.isArray(v) ? 'array' : typeof v);
  if (kind(expected) !== kind(actual) || expected === null || actual === null || typeof expected !== 'object') {
    return expected === actual ? undefined : `${path}: expected ${show(expected)}, got ${show(actual)}`;
  }
  if (Array.isArray(expected) && Array.isArray(actual)) {
    for (let i = 0; i < Math.max(expected.length, actual.length); i++) {
      if (i >= expected.length || i >= actual.length) return `${path}[${i}]: expected ${show(expected[i])}, got ${show(actual[i])}`;
      const found = firstDifference(expected[i]!, actual[i]!, `${path}[${i}]`);
      if (found) return found;
    }
    return undefined;
  }
  const e = expected as { [key: string]: Plain };
  const a = actual as { [key: string]: Plain };
  for (const key of [...new Set([...Object.keys(e), ...Object.keys(a)])].sort()) {
    if (!(key in e) || !(key in a)) return `${path}.${key}: expected ${show(e[key])}, got ${show(a[key])}`;
    const found = firstDifference(e[key]!, a[key]!, `${path}.${key}`);
    if (found) return found;
  }
  return undefined;
}

/** JSON with one line per value that fits in `width` characters, so a diff shows which node, box or point moved. */
export function format(value: Plain, indent = '', width = 140): string {
  const flat = JSON.stringify(value);
  if (value === null || typeof value !== 'object' || indent.length + flat.length <= width) return flat;
  const inner = `${indent}  `;
  const items = Array.isArray(value)
    ? value.map((item) => `${inner}${format(item, inner, width)}`)
    : Object.entries(value).map(([key, item]) => `${inner}${JSON.stringify(key)}: ${format(item, inner, width)}`);
  const [open, close] = Array.isArray(value) ? ['[', ']'] : ['{', '}'];
  return items.length ? `${open}\n${items.join(',\n')}\n${indent}${close}` : `${open}${close}`;
}

/** Asserts that `value`, made plain, equals the snapshot `name` (see the top of this file for what happens when not). */
export function assertSnapshot(name: string, value: unknown): void {
  const file = join(snapshotDirectory, `${name}.json`);
  const changed = join(snapshotDirectory, `${name}-changed.json`);
  const actual = plain(value);
  const text = `${format(actual)}\n`;
  const update = process.env.UPDATE_SNAPSHOTS === '1';
  if (!existsSync(file)) {
    assert.ok(!process.env.CI, `snapshot ${relative(process.cwd(), file)} is missing: run the node tests locally and commit it`);
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, text);
    return;
  }
  const expected = JSON.parse(readFileSync(file, 'utf8')) as Plain;
  const difference = firstDifference(expected, actual);
  if (difference === undefined) {
    if (existsSync(changed)) rmSync(changed);
    return;
  }
  if (update) {
    writeFileSync(file, text);
    if (existsSync(changed)) rmSync(changed);
    return;
  }
  writeFileSync(changed, text);
  assert.fail(`snapshot ${name} differs at ${difference} (see ${relative(process.cwd(), changed)}; UPDATE_SNAPSHOTS=1 accepts it)`);
}
