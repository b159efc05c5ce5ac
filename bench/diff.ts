// `npm run bench -- diff`: the diff of two versions, for a generated 2,000-element document and for the example.
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { normalize } from '../packages/core/src/index.js';
import { diff } from '../packages/core/src/diff/index.js';
import { generateActorDocument, generateCausalDocument } from '../tests/fixtures/generate-document.js';
import { lcg } from './seeded-graphs.js';
import { loopChanges } from '../packages/core/src/diff/loop-changes.js';

type Json = Record<string, any>;

/**
 * Two mixes of about 2,000 elements: loop-heavy, 1,000 factors with 1,400 causal links (far more loops than the search
 * limit) and 950 actors with 2,400 ties and 47 initiatives; network-heavy, 200 factors with 300 links and 1,715 actors
 * with 4,300 ties and 85 initiatives.
 */
function generatedVersion(factors: number, links: number, actorCount: number, ties: number): Json {
  const causal = generateCausalDocument(factors, links, 3) as Json;
  const actors = generateActorDocument(actorCount, ties, 3) as Json;
  return {
    ...causal,
    id: 'generated-2000',
    elements: [...causal.elements, ...actors.elements],
    relations: [...causal.relations, ...actors.relations],
  };
}

/**
 * A later version, seeded: 2 % of elements removed (with their relations), 40 added with a link or tie each, 2 % of
 * labels changed, 2 % of causal links flipped and 2 % of actors moved to another level.
 */
function laterVersion(before: Json): Json {
  const random = lcg(11);
  const removed = new Set(before.elements.filter(() => random() < 0.02).map((e: Json) => e.id));
  const elements = before.elements
    .filter((e: Json) => !removed.has(e.id))
    .map((e: Json) => {
      if (random() < 0.02) return { ...e, label: `${e.label} (ny)` };
      if (e.kind === 'actor' && random() < 0.02) return { ...e, level: e.level === 'local' ? 'regional' : 'local' };
      return e;
    });
  const relations = before.relations
    .filter((r: Json) => !removed.has(r.from) && !removed.has(r.to))
    .map((r: Json) => (r.type === 'causes' && random() < 0.02 ? { ...r, polarity: r.polarity === '+' ? '-' : '+' } : r));
  for (let i = 0; i < 40; i++) {
    const factor = i % 2 === 0;
    const id = `new-${i}`;
    elements.push({ id, kind: factor ? 'factor' : 'actor', label: `Ny ${i}`, ...(factor ? {} : { level: 'local', sector: 'public' }) });
    const pool = elements.filter((e: Json) => e.kind === (factor ? 'factor' : 'actor'));
    const other = pool[Math.floor(random() * pool.length)]!.id;
    relations.push(factor ? { from: id, to: other, type: 'causes', polarity: '+' } : { from: id, to: other, type: 'collaborates' });
  }
  return { ...before, elements, relations };
}

function timed(fn: () => unknown, runs: number): { median: number; p95: number } {
  for (let i = 0; i < 3; i++) fn();
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    fn();
    samples.push(performance.now() - start);
  }
  samples.sort((a, b) => a - b);
  return { median: samples[Math.floor(runs / 2)]!, p95: samples[Math.floor(runs * 0.95)]! };
}

const ms = ({ median, p95 }: { median: number; p95: number }) => `median ${median.toFixed(1)} ms, p95 ${p95.toFixed(1)} ms`;

export function diffBench(): void {
  console.log('\nDiff of two versions (normalized first; the time is diff alone)');
  for (const [name, mix] of [
    ['loop-heavy', [1000, 1400, 950, 2400]],
    ['network-heavy', [200, 300, 1715, 4300]],
  ] as const)
    generatedBench(name, generatedVersion(mix[0], mix[1], mix[2], mix[3]));
  const read = (path: string) => JSON.parse(readFileSync(new URL(`../${path}`, import.meta.url), 'utf8'));
  const telemark = normalize(read('examples/data/telemark-agder.json'));
  const january = normalize(read('examples/data/telemark-agder-2024-01.json'));
  console.log(`  example, January 2024 → today (${january.elements.length} → ${telemark.elements.length} elements)`);
  console.log(`    diff: ${ms(timed(() => diff(january, telemark), 50))}`);
}

function generatedBench(name: string, earlier: Json): void {
  const before = normalize(earlier);
  const after = normalize(laterVersion(earlier));
  const result = diff(before, after);
  console.log(
    `  generated ${name}, ${before.elements.length} → ${after.elements.length} elements, ${before.relations.length} → ${after.relations.length} relations: ` +
      `${result.elements.added.length} added, ${result.elements.removed.length} removed, ${result.elements.changed.length} changed, ` +
      `${result.polarityFlips.length} flips, ${result.loops.appeared.length + result.loops.broke.length + result.loops.changed.length} loop changes` +
      `${result.loops.complete ? '' : ' (loop search capped)'}`,
  );
  console.log(`    diff: ${ms(timed(() => diff(before, after), 15))} (goal ≤ 50 ms)`);
  console.log(`    diff without brokers ({brokers: false}): ${ms(timed(() => diff(before, after, { brokers: false }), 15))}`);
  console.log(`    of which the loop search on both versions: ${ms(timed(() => loopChanges(before, after), 15))}`);
}
