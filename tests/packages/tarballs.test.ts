/**
 * Issue #17, clean packages: what `npm pack` puts in each tarball, as an outside team receives it. Needs `npm run
 * build` first (npm run verify:packages does it).
 */
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';

const REPO = new URL('../../', import.meta.url).pathname;

/** The file list of a workspace package's tarball, from `npm pack --dry-run --json`. */
function packedFiles(workspace: string): string[] {
  const out = execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], {
    cwd: `${REPO}packages/${workspace}`,
    encoding: 'utf8',
  });
  return (JSON.parse(out) as { files: { path: string }[] }[])[0]!.files.map((file) => file.path);
}

for (const workspace of ['core', 'elements', 'react']) {
  describe(`the @floke/${workspace} tarball`, () => {
    const files = packedFiles(workspace);

    it('has a README and the LICENSE', () => {
      assert.ok(files.includes('README.md'));
      assert.ok(files.includes('LICENSE'));
    });

    it('has no declaration maps (they would point at sources that are not shipped) and no build info', () => {
      assert.deepEqual(
        files.filter((file) => file.endsWith('.d.ts.map') || file.endsWith('.tsbuildinfo')),
        [],
      );
    });

    it('has source maps that carry their sources', () => {
      const maps = files.filter((file) => file.endsWith('.js.map'));
      assert.ok(maps.length >= 5);
      const without = maps.filter((map) => {
        const json = JSON.parse(readFileSync(`${REPO}packages/${workspace}/${map}`, 'utf8')) as {
          sources: string[];
          sourcesContent?: string[];
        };
        return json.sourcesContent?.length !== json.sources.length;
      });
      assert.deepEqual(without, []);
    });
  });
}

describe('the @floke/elements custom-elements.json', () => {
  const manifest = JSON.parse(readFileSync(`${REPO}packages/elements/custom-elements.json`, 'utf8')) as {
    modules: { path: string; exports?: { kind: string; name: string; declaration: { name: string; module?: string } }[] }[];
  };

  it('has one definition per real tag, each in its registration module, pointing at its class in dist/', () => {
    const definitions = manifest.modules.flatMap((module) =>
      (module.exports ?? [])
        .filter((entry) => entry.kind === 'custom-element-definition')
        .map((entry) => `${module.path} <${entry.name}> ${entry.declaration.name} ${entry.declaration.module}`),
    );
    assert.deepEqual(definitions.sort(), [
      'dist/actor-network.js <floke-actor-network> FlokeActorNetwork dist/actor-network/floke-actor-network.js',
      'dist/causal-loops.js <floke-causal-loops> FlokeCausalLoops dist/causal-loops/floke-causal-loops.js',
      'dist/horizons.js <floke-horizons> FlokeHorizons dist/horizons/floke-horizons.js',
      'dist/iceberg.js <floke-iceberg> FlokeIceberg dist/iceberg/floke-iceberg.js',
      'dist/summary.js <floke-summary> FlokeSummary dist/summary/floke-summary.js',
    ]);
  });

  it('names only module paths that ship', () => {
    const paths = JSON.stringify(manifest).match(/"(?:path|module)":"[^"]*"/g) ?? [];
    assert.deepEqual(
      paths.filter((path) => !path.includes('"dist/')),
      [],
    );
  });
});
