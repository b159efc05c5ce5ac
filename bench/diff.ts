// `npm run bench -- diff`: the diff of two versions, for a generated 2,000-element document and for the example.
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { normalize } from '../packages/core/src/index.js';
import { diff } from '../packages/core/src/diff/index.js';
import type { NormalizedDocument } from '../packages/core/src/index.js';
import { generatedVersion, laterVersion } from '../tests/fixtures/generate-versions.js';
import { diff as referenceDiff } from '../tests/fixtures/reference-diff/diff-documents.js';

function timed(fn: () => unknown, runs: number, warmups = 3): { median: number; p95: number; min: number } {
  for (let i = 0; i < warmups; i++) fn();
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    fn();
    samples.push(performance.now() - start);
  }
  samples.sort((a, b) => a - b);
  return { median: samples[Math.floor(runs / 2)]!, p95: samples[Math.floor(runs * 0.95)]!, min: samples[0]! };
}

type Timing = ReturnType<typeof timed>;
const ms = ({ median, p95, min }: Timing) => `median ${median.toFixed(1)} ms, p95 ${p95.toFixed(1)} ms, fastest ${min.toFixed(1)} ms`;

/*
 * Two mixes of about 2,000 elements: loop-heavy, 1,000 factors with 1,400 causal links (far more loops than the search
 * limit) and 950 actors with 2,400 ties and 47 initiatives; network-heavy, 200 factors with 300 links and 1,715 actors
 * with 4,300 ties and 85 initiatives. The later version: 2 % of elements removed, 40 added, 2 % of labels changed, of
 * causal links flipped and of actors moved (tests/fixtures/generate-versions.ts).
 */
export function diffBench(): void {
  console.log('\nDiff of two versions (normalized first; the time is diff alone; goal ≤ 50 ms)');
  console.log('  cold: both versions new to the diff; warm: the same document objects again (loops, brokers kept per version)');
  for (const [name, mix] of [
    ['loop-heavy', [1000, 1400, 950, 2400]],
    ['network-heavy', [200, 300, 1715, 4300]],
  ] as const) {
    const earlier = generatedVersion(mix[0], mix[1], mix[2], mix[3]);
    pairBench(`generated ${name}`, normalize(earlier), normalize(laterVersion(earlier)), 10);
  }
  const read = (path: string) => JSON.parse(readFileSync(new URL(`../${path}`, import.meta.url), 'utf8'));
  pairBench(
    'example, January 2024 → today',
    normalize(read('examples/data/telemark-agder-2024-01.json')),
    normalize(read('examples/data/telemark-agder.json')),
    30,
  );
}

function pairBench(name: string, before: NormalizedDocument, after: NormalizedDocument, runs: number): void {
  const result = diff(before, after);
  console.log(
    `  ${name}, ${before.elements.length} → ${after.elements.length} elements, ${before.relations.length} → ${after.relations.length} relations: ` +
      `${result.elements.added.length} added, ${result.elements.removed.length} removed, ${result.elements.changed.length} changed, ` +
      `${result.polarityFlips.length} flips, ${result.loops.appeared.length + result.loops.broke.length + result.loops.changed.length} loop changes` +
      `${result.loops.complete ? '' : ' (search through changed links capped)'}`,
  );
  // A shallow copy is a new object with the same content: nothing found in the original is reused.
  const fresh = () => diff({ ...before }, { ...after });
  // Codes (R1, B2 …) number the loop view's whole loop set: that search runs when a reported loop's code is first read.
  const withCodes = () => {
    const { loops } = fresh();
    for (const loop of [...loops.appeared, ...loops.broke, ...loops.changed.flatMap((c) => [c.before, c.after])]) void loop.code;
  };
  const warm = timed(() => diff(before, after), runs);
  const cold = timed(fresh, runs, 1);
  const reference = timed(() => referenceDiff(before, after), Math.ceil(runs / 2), 1);
  console.log(`    diff, warm: ${ms(warm)} (goal ≤ 50 ms)`);
  console.log(`    diff, cold: ${ms(cold)} (goal ≤ 50 ms)`);
  console.log(`    diff, cold, then every reported loop's code read: ${ms(timed(withCodes, Math.ceil(runs / 2), 1))}`);
  console.log(
    `    diff, cold, without brokers ({brokers: false}): ${ms(timed(() => diff({ ...before }, { ...after }, { brokers: false }), Math.ceil(runs / 2), 1))}`,
  );
  console.log(`    reference diff (tests/fixtures/reference-diff, whole-graph loop searches): ${ms(reference)}`);
  console.log(`    cold ÷ reference, medians of this run: ${(cold.median / reference.median).toFixed(2)}`);
}
