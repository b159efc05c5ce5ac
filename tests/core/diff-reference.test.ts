/**
 * The diff keeps each version's loops, brokers and relation groups with the document object, reads less per diff, and
 * searches only the loops through links that changed: where the straightforward diff (tests/fixtures/reference-diff,
 * the implementation before those changes) searches every loop to the end, the result must stay byte for byte the
 * same, on random pairs and on a version compared with several others. Where the reference's search is capped it
 * compares two different subsets of loops; the diff then reports only real changes (those of the uncapped reference).
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { normalize } from '../../packages/core/src/index.js';
import { diff, type DiffOptions } from '../../packages/core/src/diff/index.js';
import type { NormalizedDocument } from '../../packages/core/src/document/normalized-types.js';
import { diff as referenceDiff } from '../fixtures/reference-diff/diff-documents.js';
import { generatedVersion, laterVersion } from '../fixtures/generate-versions.js';

type Json = Record<string, any>;

const FACTORS = ['f0', 'f1', 'f2', 'f3', 'f4', 'f5'];
const ACTORS = ['a0', 'a1', 'a2', 'a3', 'a4', 'a5', 'a6'];

/** Every ordered factor pair as a causal link (so loops appear, break and flip), every actor pair as a collaboration. */
const CANDIDATES = [
  ...FACTORS.flatMap((from) => FACTORS.filter((to) => to !== from).map((to) => ({ from, to, type: 'causes' }))),
  ...ACTORS.flatMap((from, i) => ACTORS.slice(i + 1).map((to) => ({ from, to, type: 'collaborates' }))),
];

const version = fc
  .record({
    factors: fc.subarray(FACTORS, { minLength: 3 }),
    actors: fc.subarray(ACTORS, { minLength: 3 }),
    relations: fc.subarray(
      CANDIDATES.map((_, i) => i),
      { minLength: 8 },
    ),
    signs: fc.array(fc.boolean(), { minLength: CANDIDATES.length, maxLength: CANDIDATES.length }),
    grounds: fc.array(fc.constantFrom('sourced', 'inferred', 'none'), { minLength: CANDIDATES.length, maxLength: CANDIDATES.length }),
    named: fc.boolean(),
  })
  .map(({ factors, actors, relations, signs, grounds, named }): Json => {
    const present = new Set([...factors, ...actors]);
    return {
      floke: '1.1',
      title: 'v',
      sources: [{ id: 's', title: 'S' }],
      elements: [
        ...factors.map((id) => ({ id, kind: 'factor', label: id.toUpperCase() })),
        ...actors.map((id) => ({ id, kind: 'actor', label: id.toUpperCase(), level: 'local' })),
      ],
      relations: relations
        .map((i) => ({ i, ...CANDIDATES[i]! }))
        .filter((r) => present.has(r.from) && present.has(r.to))
        .map(({ i, ...r }) =>
          r.type === 'causes'
            ? {
                ...r,
                polarity: signs[i] ? '+' : '-',
                ...(grounds[i] === 'sourced' ? { sources: ['s'] } : grounds[i] === 'inferred' ? { evidence: 'inferred' } : {}),
              }
            : r,
        ),
      ...(named && factors.length >= 3 ? { views: { loops: { named: [{ members: factors.slice(0, 3), label: 'R1 Navngitt' }] } } } : {}),
    };
  });

/** A later version that keeps the earlier one's unchanged items as the same objects, as an editor does. */
const edited = fc.tuple(version, fc.nat(10_000), fc.constantFrom(0.1, 0.25)).map(([doc, seed, share]) => ({
  doc,
  later: laterVersion(doc, { seed, share, added: 2 }),
}));

const same = (before: NormalizedDocument, after: NormalizedDocument, options?: DiffOptions) =>
  assert.equal(JSON.stringify(diff(before, after, options)), JSON.stringify(referenceDiff(before, after, options)));

describe('diff equals the straightforward diff', () => {
  it('on random pairs of versions, loop and broker changes included', () => {
    fc.assert(
      fc.property(version, version, (a, b) => same(normalize(a), normalize(b))),
      { seed: 190, numRuns: 200 },
    );
  });

  it('on random edits of a version that keep unchanged items as the same objects', () => {
    fc.assert(
      fc.property(edited, ({ doc, later }) => same(normalize(doc), normalize(later))),
      { seed: 191, numRuns: 200 },
    );
  });

  it('when one version is compared with several others, both ways, and again', () => {
    fc.assert(
      fc.property(version, version, version, (a, b, c) => {
        const [x, y, z] = [normalize(a), normalize(b), normalize(c)];
        for (const [before, after] of [
          [x, y],
          [y, x],
          [x, z],
          [z, y],
          [x, y],
          [x, x],
        ] as const)
          same(before, after);
      }),
      { seed: 192, numRuns: 100 },
    );
  });

  it('when its own search is capped, reports only changes the uncapped reference finds, and says it is incomplete', () => {
    const text = (items: readonly unknown[]) => new Set(items.map((item) => JSON.stringify(item)));
    let capped = 0;
    fc.assert(
      fc.property(version, version, fc.integer({ min: 1, max: 6 }), (a, b, loopLimit) => {
        const [x, y] = [normalize(a), normalize(b)];
        const result = diff(x, y, { loopLimit });
        const full = referenceDiff(x, y, { loopLimit: Infinity });
        assert.equal(full.loops.complete, true);
        if (result.loops.complete) return assert.equal(JSON.stringify(result), JSON.stringify(full));
        capped++;
        for (const key of ['appeared', 'broke', 'changed'] as const) {
          const real = text(full.loops[key]);
          for (const item of text(result.loops[key])) assert.ok(real.has(item), `${key}: ${item}`);
        }
      }),
      { seed: 193, numRuns: 150 },
    );
    // The property above ran on both branches.
    assert.ok(capped > 10, `capped ${capped}`);
  });

  it('with brokers left out', () => {
    fc.assert(
      fc.property(version, version, (a, b) => same(normalize(a), normalize(b), { brokers: false })),
      { seed: 194, numRuns: 60 },
    );
  });

  it('on generated versions of a few hundred elements with many loops and a network with brokers', () => {
    for (const seed of [3, 4]) {
      const earlier = generatedVersion(60, 110, 120, 300, seed);
      const before = normalize(earlier);
      const after = normalize(laterVersion(earlier, { seed: seed * 7, share: 0.05, added: 10 }));
      const result = diff(before, after);
      // The pair exercises what the shortcuts skip: loops and brokers that differ between the versions.
      assert.ok(result.loops.appeared.length + result.loops.broke.length + result.loops.changed.length > 0);
      assert.ok(result.network.brokersGained.length + result.network.brokersLost.length > 0);
      same(before, after);
      same(after, before);
    }
  });
});
