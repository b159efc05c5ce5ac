/**
 * The diff keeps each version's loops, brokers and relation groups with the document object, and reads less per diff:
 * its result must stay byte for byte what the straightforward diff (tests/fixtures/reference-diff, the implementation
 * before those changes) gives, on random pairs, on a version compared with several others, and with the loop search
 * capped.
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

  it('when the loop search is capped, and with brokers left out', () => {
    fc.assert(
      fc.property(version, version, fc.integer({ min: 1, max: 6 }), (a, b, loopLimit) => {
        const [x, y] = [normalize(a), normalize(b)];
        same(x, y, { loopLimit });
        same(x, y, { loopLimit: loopLimit + 1, brokers: false });
        same(x, y);
      }),
      { seed: 193, numRuns: 150 },
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
