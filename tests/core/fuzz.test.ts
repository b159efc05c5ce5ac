/**
 * Fuzzing, the fast slice (`npm run fuzz` is the long run): seeded mutations of the example documents through parse →
 * validate → normalize → every layout and analysis. No stage may throw, every number it returns must be finite, and
 * no document may take long (a generous bound here, where tests share the machine; the long run reports > 2 s).
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { mutatedDocument } from './fuzz/seed-documents.js';
import { firstNonFinite, runPipeline } from './fuzz/run-pipeline.js';

const HANG_BOUND_MS = 10_000;

describe('fuzzing (fast slice)', () => {
  it(
    'runs 120 mutated documents as data and as JSON text without an exception, a non-finite number or a hang',
    { timeout: 120_000 },
    () => {
      fc.assert(
        fc.property(mutatedDocument([6, 3, 0]), fc.boolean(), ({ doc }, asText) => {
          const start = performance.now();
          const output = runPipeline(asText ? JSON.stringify(doc) : doc);
          const elapsed = performance.now() - start;
          assert.equal(firstNonFinite(output), undefined, 'every number is finite');
          assert.ok(elapsed < HANG_BOUND_MS, `took ${Math.round(elapsed)} ms`);
        }),
        { seed: 18, numRuns: 120 },
      );
    },
  );

  it('runs 6 mutated Telemark documents the same way', { timeout: 120_000 }, () => {
    fc.assert(
      fc.property(mutatedDocument([0, 0, 1]), ({ doc }) => {
        assert.equal(firstNonFinite(runPipeline(doc)), undefined);
      }),
      { seed: 1818, numRuns: 6 },
    );
  });
});
