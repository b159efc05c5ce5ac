/**
 * The long fuzz run (`npm run fuzz`, default 100,000 documents; `npm run fuzz -- 5000 7` for 5,000 with seed 7):
 * seeded mutations of the example documents through parse → validate → normalize → every layout and analysis,
 * alternately as a value and as JSON text. Reports documents per second, exceptions, non-finite output and documents
 * over 2 s of CPU time (the wall-time count too: on a shared machine it also measures the neighbours); writes each failing document to fuzz-failures/ so it can be replayed. Exits non-zero on any failure.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import fc from 'fast-check';
import { mutatedDocument } from '../tests/core/fuzz/seed-documents.js';
import { firstNonFinite, runPipeline } from '../tests/core/fuzz/run-pipeline.js';

const total = Number(process.argv[2] ?? 100_000);
const seed = Number(process.argv[3] ?? 18);
// Where to start (a multiple of BATCH): `npm run fuzz -- 100000 18 50000` runs documents 50,000–99,999 of the same
// sequence, so two processes can share one run (each batch is seeded by its position, not by what ran before).
const first = Number(process.argv[4] ?? 0);
const SLOW_MS = 2_000;
const BATCH = 1_000;

const failures: { index: number; kind: string; detail: string; doc: unknown; mutations?: unknown }[] = [];
let slow = 0;
let slowWall = 0;
let slowest = 0;
const started = performance.now();
for (let done = first; done < total; done += BATCH) {
  const batch = fc.sample(mutatedDocument(), { seed: seed + done, numRuns: Math.min(BATCH, total - done) });
  batch.forEach(({ doc, mutations, seed: example }, i) => {
    const index = done + i;
    const start = performance.now();
    const cpuStart = process.cpuUsage();
    const fail = (kind: string, detail: string) => {
      failures.push({ index, kind, detail, doc, mutations });
      // Said at once, so a long run shows what failed while it goes on.
      console.log(`#${index} ${kind}: ${detail.split('\n')[0]} (${example} ${JSON.stringify(mutations)})`);
    };
    try {
      const output = runPipeline(index % 2 ? JSON.stringify(doc) : doc);
      const where = firstNonFinite(output);
      if (where) fail('non-finite', where);
    } catch (error) {
      fail('exception', error instanceof Error ? (error.stack ?? error.message) : String(error));
    }
    // CPU time, not wall time: on a shared machine another process's burst must not count as this document's cost.
    const cpu = process.cpuUsage(cpuStart);
    const elapsed = (cpu.user + cpu.system) / 1000;
    const wall = performance.now() - start;
    slowest = Math.max(slowest, elapsed);
    if (wall > SLOW_MS) slowWall++;
    if (elapsed > SLOW_MS) {
      slow++;
      fail('slow', `${Math.round(elapsed)} ms CPU (${Math.round(wall)} ms wall)`);
    }
  });
  const seconds = (performance.now() - started) / 1000;
  const count = Math.min(done + BATCH, total) - first;
  console.log(
    `${count} documents, ${(count / seconds).toFixed(1)} docs/s, ${failures.length} failures (${slow} over ${SLOW_MS} ms CPU; ${slowWall} over it in wall time), slowest ${Math.round(slowest)} ms CPU`,
  );
}
if (failures.length) {
  mkdirSync('fuzz-failures', { recursive: true });
  for (const f of failures.slice(0, 50)) {
    writeFileSync(
      `fuzz-failures/${f.index}-${f.kind}.json`,
      JSON.stringify({ detail: f.detail, mutations: f.mutations, doc: f.doc }, null, 1),
    );
  }
  console.log(
    failures
      .slice(0, 10)
      .map((f) => `#${f.index} ${f.kind}: ${f.detail.split('\n')[0]}`)
      .join('\n'),
  );
}
const seconds = (performance.now() - started) / 1000;
console.log(
  `fuzz: documents ${first}–${total - 1} (${total - first}) in ${seconds.toFixed(0)} s (${((total - first) / seconds).toFixed(1)} docs/s), seed ${seed}: ` +
    `${failures.filter((f) => f.kind === 'exception').length} exceptions, ${failures.filter((f) => f.kind === 'non-finite').length} non-finite, ${slow} over ${SLOW_MS} ms CPU (${slowWall} over it in wall time on this machine), slowest ${Math.round(slowest)} ms CPU`,
);
process.exit(failures.length ? 1 : 0);
