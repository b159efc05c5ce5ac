/**
 * SVG snapshots: a view's `toSVG()` export compared with a checked-in file, Observable Plot's way.
 *
 * `matchSvgSnapshot(name, svg)` normalises the export (numbers to one decimal, ids renumbered, Lit's comment markers
 * dropped, one tag per line) and compares it with `snapshots/<name>.svg` beside the test file:
 * - on a mismatch it writes `snapshots/<name>-changed.svg` for review (gitignored: `tests/**\/*-changed.*`) and fails;
 * - a missing snapshot is written, and the test fails so a new snapshot is never accepted unseen;
 * - to accept changes (or new snapshots), run with `UPDATE_SNAPSHOTS` set:
 *     UPDATE_SNAPSHOTS=1 npx wtr --config web-test-runner.config.mjs --files tests/elements/svg-snapshots.test.ts --group default
 *   then review `git diff tests/elements/snapshots` and commit.
 * The browser learns of `UPDATE_SNAPSHOTS` through the `floke-update-snapshots` command (web-test-runner.config.mjs).
 */
import { executeServerCommand, readFile, removeFile, writeFile } from '@web/test-runner-commands';

import { normaliseSvg } from '../cli/normalise-svg.js';

export { normaliseSvg };

/**
 * The file's text, or undefined when there is none. (The file plugin answers a missing file with no result, which the
 * test runner reports as an unknown command.)
 */
async function readIfThere(path: string): Promise<string | undefined> {
  try {
    return await readFile({ path });
  } catch (error) {
    if (/Unknown command read-file/.test(String(error))) return undefined;
    throw error;
  }
}

const updating = () => executeServerCommand<boolean, undefined>('floke-update-snapshots');

/** Compares `svg` with the snapshot `name` (see above); fails with the first differing line. */
export async function matchSvgSnapshot(name: string, svg: string): Promise<void> {
  const path = `snapshots/${name}.svg`;
  const changedPath = `snapshots/${name}-changed.svg`;
  const actual = normaliseSvg(svg);
  const expected = await readIfThere(path);
  const update = await updating();
  if (expected === actual || update) {
    if (expected !== actual) await writeFile({ path, content: actual });
    if ((await readIfThere(changedPath)) !== undefined) await removeFile({ path: changedPath });
    return;
  }
  if (expected === undefined) {
    await writeFile({ path, content: actual });
    throw new Error(`No snapshot ${path}: written now; review it, then run again (or set UPDATE_SNAPSHOTS=1 to accept).`);
  }
  await writeFile({ path: changedPath, content: actual });
  const a = expected.split('\n');
  const b = actual.split('\n');
  const line = a.findIndex((text, i) => text !== b[i]);
  const at = line < 0 ? a.length : line;
  throw new Error(
    `${path} changed (see ${changedPath}; set UPDATE_SNAPSHOTS=1 to accept). First difference, line ${at + 1}:\n` +
      `  expected: ${a[at] ?? '(end)'}\n  actual:   ${b[at] ?? '(end)'}`,
  );
}
