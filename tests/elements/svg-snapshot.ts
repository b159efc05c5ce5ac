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

/** `-12.3456` → `-12.3`; `-0.04` → `0`. */
const round = (text: string) => {
  const value = Math.round(Number(text) * 10) / 10;
  return String(Object.is(value, -0) ? 0 : value);
};

/** The export in a form that only changes when the drawing does. */
export function normaliseSvg(svg: string): string {
  const ids = new Map<string, string>();
  const idOf = (id: string) => {
    if (!ids.has(id)) ids.set(id, `id-${ids.size + 1}`);
    return ids.get(id)!;
  };
  return (
    svg
      // Lit's part markers carry a random number per page load.
      .replace(/<!--[\s\S]*?-->/g, '')
      .replace(/-?\d*\.\d+(?:e[-+]?\d+)?/gi, round)
      .replace(/\bid="([^"]*)"/g, (_, id: string) => `id="${idOf(id)}"`)
      .replace(/url\(#([^)]*)\)/g, (_, id: string) => `url(#${idOf(id)})`)
      .replace(/href="#([^"]*)"/g, (_, id: string) => `href="#${idOf(id)}"`)
      // One tag per line, trailing spaces dropped, so a diff points at the mark that moved.
      .replace(/>\s*</g, '>\n<')
      .replace(/[ \t]+$/gm, '')
      .trim() + '\n'
  );
}

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
