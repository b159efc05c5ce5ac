// `npm run bench`: figures the issues ask for, printed side by side in one run on this machine.
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { performance } from 'node:perf_hooks';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { minify } from 'terser';
import { normalize, validate } from '../packages/core/dist/index.js';
import validateSchemaOnly from '../packages/core/dist/generated/validate-schema.js';

const read = (path: string) => readFileSync(new URL(`../${path}`, import.meta.url), 'utf8');
const kib = (bytes: number) => `${(bytes / 1024).toFixed(1)} KiB`;

/** Median and 95th percentile of `runs` timed calls, after `warmup` untimed ones. */
function time(fn: () => unknown, runs = 200, warmup = 30): { median: number; p95: number } {
  for (let i = 0; i < warmup; i++) fn();
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    fn();
    samples.push(performance.now() - start);
  }
  samples.sort((a, b) => a - b);
  return { median: samples[Math.floor(runs / 2)]!, p95: samples[Math.floor(runs * 0.95)]! };
}

const ms = ({ median, p95 }: { median: number; p95: number }) => `median ${median.toFixed(3)} ms, p95 ${p95.toFixed(3)} ms`;

async function validatorSize(): Promise<void> {
  const source = read('packages/core/dist/generated/validate-schema.js');
  const minified = (await minify(source, { module: true })).code ?? '';
  console.log('Validator (precompiled, CSP-safe)');
  console.log(
    `  raw ${kib(source.length)}, gzip ${kib(gzipSync(source).length)}; minified ${kib(minified.length)}, gzip ${kib(gzipSync(minified).length)}`,
  );
  const bundle = readFileSync(new URL('../dist-cdn/floke.js', import.meta.url), { flag: 'r' });
  console.log(`  CDN bundle dist-cdn/floke.js (Lit + core + <floke-summary>): ${kib(bundle.length)}, gzip ${kib(gzipSync(bundle).length)}`);
}

function validationSpeed(): void {
  const telemark = JSON.parse(read('examples/data/telemark-agder.json'));
  const schema = JSON.parse(read('packages/core/schema/floke.schema.json'));
  const elements = telemark.elements.length;
  const relations = telemark.relations.length;
  console.log(`\nTelemark document (${elements} elements, ${relations} relations)`);
  const full = time(() => validate(telemark));
  console.log(`  validate (schema + semantic checks):   ${ms(full)}`);
  const ours = time(() => validateSchemaOnly(telemark));
  console.log(`  schema only, precompiled (ours):       ${ms(ours)}`);
  const compileStart = performance.now();
  const ajv = new Ajv2020({ allErrors: true, strict: true, allowUnionTypes: true, verbose: true });
  const runtimeValidate = ajv.compile(schema);
  const compileMs = performance.now() - compileStart;
  const peer = time(() => runtimeValidate(telemark));
  console.log(
    `  schema only, Ajv compiled at run time: ${ms(peer)} (+ ${compileMs.toFixed(1)} ms to compile, needs eval: blocked by strict CSP)`,
  );
  console.log(`  ratio ours / Ajv run-time: ${(ours.median / peer.median).toFixed(2)}×`);
  console.log(`  normalize (validate + resolve texts + defaults): ${ms(time(() => normalize(telemark, { lang: 'en' })))}`);
}

await validatorSize().catch((error) => console.log(`  (size skipped: ${error.message}; run npm run bundle first)`));
validationSpeed();
