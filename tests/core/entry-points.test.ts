import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';

const core = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'packages', 'core');
const src = join(core, 'src');
const manifest = JSON.parse(readFileSync(join(core, 'package.json'), 'utf8')) as { exports: Record<string, unknown> };

/** Every name (values and types) an entry file exports, read by the TypeScript checker. */
function exportedNames(entries: readonly string[]): Map<string, Set<string>> {
  const program = ts.createProgram(
    entries.map((entry) => join(src, entry)),
    {
      module: ts.ModuleKind.NodeNext,
      moduleResolution: ts.ModuleResolutionKind.NodeNext,
      target: ts.ScriptTarget.ES2022,
      types: [],
      noLib: true,
      noEmit: true,
    },
  );
  const checker = program.getTypeChecker();
  return new Map(
    entries.map((entry) => {
      const symbol = checker.getSymbolAtLocation(program.getSourceFile(join(src, entry))!)!;
      return [entry, new Set(checker.getExportsOfModule(symbol).map((s) => s.name))];
    }),
  );
}

const entries = [
  'index.ts',
  ...readdirSync(src, { withFileTypes: true })
    .filter((d) => d.isDirectory() && d.name !== 'generated')
    .map((d) => `${d.name}/index.ts`),
];
const names = exportedNames(entries);

describe('entry points of @floke/core', () => {
  it('every top-level folder has an index.ts that names its exports (no export *)', () => {
    for (const entry of entries) {
      assert.ok(existsSync(join(src, entry)), entry);
      assert.doesNotMatch(readFileSync(join(src, entry), 'utf8'), /export\s+(type\s+)?\*/, entry);
    }
  });

  it('each view has a subpath export pointing at its folder, like @floke/elements/<view>.js', () => {
    for (const view of ['causal-loops', 'iceberg', 'horizons', 'actor-network', 'summary']) {
      assert.deepEqual(manifest.exports[`./${view}`], { types: `./dist/${view}/index.d.ts`, default: `./dist/${view}/index.js` }, view);
      assert.ok(names.get(`${view}/index.ts`)!.size > 0, view);
    }
  });

  it('has a subpath export for the diff of two versions, kept out of the main entry (it reads the network)', () => {
    assert.deepEqual(manifest.exports['./diff'], { types: './dist/diff/index.d.ts', default: './dist/diff/index.js' });
    assert.ok(names.get('diff/index.ts')!.has('diff'));
    assert.equal(names.get('index.ts')!.has('diff'), false);
  });

  it('keeps the actor network out of the main entry', () => {
    const main = names.get('index.ts')!;
    const network = [...names.get('actor-network/index.ts')!].filter((name) => main.has(name));
    assert.deepEqual(network, []);
  });

  it('keeps internals and clashing names out of every entry', () => {
    const hidden = [
      'lcg',
      'signedArea',
      'Id1',
      'Id2',
      'Id3',
      'Id4',
      'LocalText1',
      'LanguageTag1',
      'Element',
      'cloneJson',
      'routeLinks',
      'BoxGrid',
    ];
    for (const [entry, exported] of names) {
      if (entry === 'network/index.ts') continue;
      assert.deepEqual(
        hidden.filter((name) => exported.has(name)),
        [],
        entry,
      );
      assert.ok(!exported.has('NETWORK_METRICS'), `${entry}: the node sizes are NETWORK_NODE_METRICS, apart from networkMetrics()`);
    }
    assert.ok(names.get('index.ts')!.has('FlokeElementData'));
  });

  it('names each export once across the main entry and the actor network', () => {
    const all = [...names.get('index.ts')!, ...names.get('actor-network/index.ts')!];
    assert.equal(new Set(all).size, all.length);
  });
});
