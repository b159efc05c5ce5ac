/**
 * The CLI's outputs and exit codes, against golden files in ./golden (UPDATE_SNAPSHOTS=1 rewrites them; review the
 * diff). Runs `run()` in-process with captured streams, so no child process and no timing.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { run } from '../../packages/cli/src/main.js';
import type { CliIo } from '../../packages/cli/src/io.js';

const root = new URL('../../', import.meta.url);
const golden = new URL('./golden/', import.meta.url);

async function floke(args: string[], stdin = '', stderrIsTerminal = false) {
  let stdout = '';
  let stderr = '';
  const files = new Map<string, string | Uint8Array>();
  const io: CliIo = {
    stdout: (t) => (stdout += t),
    stderr: (t) => (stderr += t),
    stdin: async () => stdin,
    writeFile: async (path, data) => void files.set(path, data),
    stderrIsTerminal,
  };
  const cwd = process.cwd();
  process.chdir(fileURLToPath(root));
  try {
    const code = await run(args, io);
    return { code, stdout, stderr, files };
  } finally {
    process.chdir(cwd);
  }
}

function matchGolden(name: string, actual: string): void {
  const url = new URL(name, golden);
  if (process.env.UPDATE_SNAPSHOTS || !existsSync(url)) {
    mkdirSync(golden, { recursive: true });
    writeFileSync(url, actual);
    if (!process.env.UPDATE_SNAPSHOTS) assert.fail(`golden ${name} was missing: written now, review it and run again`);
    return;
  }
  assert.equal(actual, readFileSync(url, 'utf8'), `output differs from golden/${name}`);
}

const CASES: [string, string[], number][] = [
  ['validate-valid', ['validate', 'examples/data/minimal.json', 'examples/data/telemark-agder.json'], 0],
  [
    'validate-invalid-nb',
    ['validate', 'tests/fixtures/invalid/causes-without-polarity.json', 'tests/fixtures/invalid/duplicate-id.json'],
    1,
  ],
  ['validate-invalid-en-json', ['validate', '--lang', 'en', '--format', 'json', 'tests/fixtures/invalid/malformed-date.json'], 1],
  ['validate-not-json', ['validate', '--lang', 'nn', 'tests/fixtures/not-json.json'], 1],
  ['validate-missing-file', ['validate', 'no/such.json'], 2],
  ['unknown-option', ['validate', '--colour', 'x.json'], 2],
  ['unknown-command', ['draw', 'x.json'], 2],
  ['render-unknown-view', ['render', 'examples/data/minimal.json', '--view', 'map'], 2],
  ['render-unknown-selected', ['render', 'examples/data/minimal.json', '--view', 'network', '--selected', 'nobody'], 2],
  ['render-unknown-loop-en', ['render', 'examples/data/minimal.json', '--view', 'loops', '--loop', 'B7', '--lang', 'en'], 2],
  ['render-loop-not-loops-nn', ['render', 'examples/data/minimal.json', '--view', 'iceberg', '--loop', 'R1', '--lang', 'nn'], 2],
  ['render-progress', ['render', 'examples/data/minimal.json', '--view', 'iceberg', '--progress', '-o', 'iceberg.svg'], 0],
  [
    'import-csv',
    ['import', '--from', 'csv', 'tests/fixtures/interchange/actors.csv', '--sheet2', 'tests/fixtures/interchange/ties.csv'],
    0,
  ],
  ['import-graphml', ['import', '--from', 'graphml', 'tests/fixtures/interchange/sample.graphml'], 0],
  [
    'import-csv-progress-en',
    ['import', '--from', 'csv', '--progress', '--lang', 'en', 'tests/fixtures/interchange/actors.csv', '-o', 'doc.json'],
    0,
  ],
  ['export-graphml', ['export', '--to', 'graphml', 'examples/data/minimal.json'], 0],
  ['diff-text-nb', ['diff', 'tests/fixtures/diff/before.json', 'tests/fixtures/diff/after.json'], 0],
  [
    'diff-markdown-nn',
    ['diff', '--format', 'markdown', '--lang', 'nn', 'tests/fixtures/diff/before.json', 'tests/fixtures/diff/after.json'],
    0,
  ],
  ['diff-json-en', ['diff', '--format', 'json', '--lang', 'en', 'tests/fixtures/diff/before.json', 'tests/fixtures/diff/after.json'], 0],
  ['diff-same', ['diff', 'tests/fixtures/diff/after.json', 'tests/fixtures/diff/after.json'], 0],
  ['diff-not-json', ['diff', 'tests/fixtures/not-json.json', 'tests/fixtures/diff/after.json'], 1],
  ['diff-one-file', ['diff', 'tests/fixtures/diff/after.json'], 2],
];

for (const [name, args, expected] of CASES) {
  test(`floke ${args.join(' ')} → exit ${expected}, output as golden/${name}.txt`, async () => {
    const { code, stdout, stderr } = await floke(args);
    assert.equal(code, expected, stderr);
    matchGolden(`${name}.txt`, `$ floke ${args.join(' ')}\n--- stdout\n${stdout}--- stderr\n${stderr}--- exit ${code}\n`);
  });
}

test('render --selected draws the selection as the element does: the chip selected, its chain shown', async () => {
  const { code, stdout } = await floke(['render', 'examples/data/minimal.json', '--view', 'iceberg', '--selected', 'exclusion']);
  assert.equal(code, 0);
  assert.match(stdout, /class="chip kind-factor in-chain selected" data-id="exclusion" aria-pressed="true"/);
  assert.match(stdout, /class="explains in-chain"/);
});

test('render --loop raises the loop by its code, its links painted above the factors', async () => {
  const { code, stdout } = await floke(['render', 'examples/data/minimal.json', '--view', 'loops', '--loop', 'R1']);
  assert.equal(code, 0);
  assert.match(stdout, /^<svg class="diagram focus-mode loop-R" /);
  assert.match(stdout, /<g class="raised"><g part="link" class="link [a-z ]*in-loop/);
});

test('progress lines go to standard error when it is a terminal, never to standard output', async () => {
  const { code, stdout, stderr } = await floke(['render', 'examples/data/minimal.json', '--view', 'network'], '', true);
  assert.equal(code, 0);
  assert.match(stdout, /^<svg /);
  assert.equal(stderr, 'floke: Leser examples/data/minimal.json …\nfloke: Legger ut network …\nfloke: Tegner SVG …\n');
});

test('no progress lines when standard error is not a terminal and --progress is not given', async () => {
  const { stderr } = await floke(['render', 'examples/data/minimal.json', '--view', 'network']);
  assert.equal(stderr, '');
});

test('validate reads standard input with -', async () => {
  const { code, stdout } = await floke(['validate', '-'], readFileSync(new URL('examples/data/minimal.json', root), 'utf8'));
  assert.equal(code, 0);
  assert.equal(stdout, '<stdin>: gyldig (0 feil, 0 advarsler)\n');
});

test('--help reads like a manual page', async () => {
  const { code, stdout } = await floke(['--help']);
  assert.equal(code, 0);
  for (const section of ['NAME', 'SYNOPSIS', 'DESCRIPTION', 'COMMANDS', 'OPTIONS', 'EXIT STATUS', 'FONTS', 'EXAMPLES'])
    assert.match(stdout, new RegExp(`^${section}$`, 'm'));
});

for (const command of ['validate', 'render', 'import', 'export']) {
  test(`floke ${command} --help is its own manual page, every option it takes described`, async () => {
    const { code, stdout } = await floke([command, '--help']);
    assert.equal(code, 0);
    assert.match(stdout, new RegExp(`^NAME\\n    floke ${command} - `));
    for (const section of ['SYNOPSIS', 'DESCRIPTION', 'OPTIONS', 'EXIT STATUS', 'EXAMPLES'])
      assert.match(stdout, new RegExp(`^${section}$`, 'm'));
    // Every option in the synopsis has its own entry under OPTIONS.
    const [synopsis, rest] = [
      stdout.slice(stdout.indexOf('SYNOPSIS'), stdout.indexOf('DESCRIPTION')),
      stdout.slice(stdout.indexOf('OPTIONS')),
    ];
    const options = [...new Set([...synopsis.matchAll(/--[a-z0-9]+/g)].map((m) => m[0]))];
    assert.ok(options.length > 1);
    for (const option of options)
      assert.match(rest, new RegExp(`^    (-[a-z], )?${option}\\b`, 'm'), `${command}: ${option} is not described`);
  });
}

test('render --format svg writes the same SVG as the renderer, dark theme resolved', async () => {
  const { code, stdout } = await floke(['render', 'examples/data/minimal.json', '--view', 'iceberg', '--theme', 'dark', '--lang', 'en']);
  assert.equal(code, 0);
  assert.match(stdout, /^<svg viewBox="0 0 1000 386" aria-label="Iceberg: /);
  assert.match(stdout, /<rect width="100%" height="100%" fill="rgb\(15, 23, 34\)"\/>/);
  assert.match(stdout, />Waterline</);
});

test('render --format png gives a PNG of the SVG size × scale with drawn pixels', async () => {
  const { code, files } = await floke([
    'render',
    'examples/data/minimal.json',
    '--view',
    'loops',
    '--format',
    'png',
    '--scale',
    '1',
    '-o',
    'out.png',
  ]);
  assert.equal(code, 0);
  const png = Buffer.from(files.get('out.png') as Uint8Array);
  assert.equal(png.subarray(1, 4).toString('latin1'), 'PNG');
  // IHDR: width and height, big-endian, at bytes 16–23; the loops export of minimal.json is 321 × 273.
  assert.deepEqual([png.readUInt32BE(16), png.readUInt32BE(20)], [321, 273]);
  assert.ok(png.length > 5000, `a drawn picture, not a blank one (${png.length} bytes)`);
});
