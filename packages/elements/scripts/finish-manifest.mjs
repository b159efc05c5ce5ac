// Makes custom-elements.json describe the published package rather than the sources the analyzer read:
// - module paths point at what ships (`src/x.ts` → `dist/x.js`);
// - each registration file (`src/iceberg.ts` calls `define('floke-iceberg', FlokeIceberg)`) gets one
//   custom-element-definition for its real tag, and the analyzer's definition of a tag literally named `tag`
//   (from inside the `define()` helper) goes.
// Run after `cem analyze` (npm run build does).
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { posix } from 'node:path';

const MANIFEST = 'custom-elements.json';
const manifest = JSON.parse(readFileSync(MANIFEST, 'utf8'));

/** `src/a/b.ts`, `/src/a/b.js`, or `./b.js` relative to the module `from` → `dist/a/b.js`. */
const shipped = (path, from) => {
  const resolved = path.startsWith('.') ? posix.join(posix.dirname(from), path) : path.replace(/^\//, '');
  return resolved.replace(/^src\//, 'dist/').replace(/\.ts$/, '.js');
};

const rewrite = (value, from) => {
  if (Array.isArray(value)) return value.forEach((inner) => rewrite(inner, from));
  if (value === null || typeof value !== 'object') return;
  for (const [key, inner] of Object.entries(value)) {
    if ((key === 'path' || key === 'module') && typeof inner === 'string') value[key] = shipped(inner, from);
    else rewrite(inner, from);
  }
};

// Where each element class is declared, by class name.
const declaredIn = new Map();
for (const module of manifest.modules)
  for (const declaration of module.declarations ?? [])
    if (declaration.customElement && declaration.tagName) declaredIn.set(declaration.name, module.path);

// The registrations, read from the side-effect files themselves.
const definitions = new Map();
for (const file of readdirSync('src').filter((name) => name.endsWith('.ts'))) {
  for (const [, tag, className] of readFileSync(`src/${file}`, 'utf8').matchAll(/\bdefine\(\s*'([a-z][\w-]*-[\w-]*)'\s*,\s*(\w+)\s*\)/g)) {
    if (!declaredIn.has(className)) throw new Error(`src/${file} defines <${tag}> with ${className}, which the manifest does not declare`);
    definitions.set(`src/${file}`, [...(definitions.get(`src/${file}`) ?? []), { tag, className }]);
  }
}

for (const module of manifest.modules) {
  module.exports = (module.exports ?? []).filter((entry) => !(entry.kind === 'custom-element-definition' && entry.name === 'tag'));
  for (const { tag, className } of definitions.get(module.path) ?? [])
    module.exports.push({
      kind: 'custom-element-definition',
      name: tag,
      declaration: { name: className, module: declaredIn.get(className) },
    });
}
for (const module of manifest.modules) rewrite(module, module.path);

const tags = manifest.modules.flatMap((module) =>
  module.exports.filter((entry) => entry.kind === 'custom-element-definition').map((entry) => entry.name),
);
if (new Set(tags).size !== tags.length || tags.length === 0) throw new Error(`expected one definition per tag, found ${tags.join(', ')}`);
writeFileSync(MANIFEST, `${JSON.stringify(manifest, null, 2)}\n`);
console.log(`custom-elements.json: ${tags.length} definitions (${tags.join(', ')}), paths under dist/`);
