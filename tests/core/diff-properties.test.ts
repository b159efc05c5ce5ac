/**
 * Properties of `diff` over random pairs of small documents that share one universe of ids (so versions overlap):
 * a version against itself is empty, the reported additions and removals turn one version's sets into the other's,
 * input order changes nothing but pointers, and the loop changes are exactly what `findLoops` finds in each version.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { causalGraphOf, findLoops, normalize, type NormalizedDocument } from '../../packages/core/src/index.js';
import { diff } from '../../packages/core/src/diff/index.js';

type Json = Record<string, any>;

const FACTORS = ['f0', 'f1', 'f2', 'f3', 'f4'];
const ACTORS = ['a0', 'a1', 'a2', 'a3'];
const LEVELS = ['national', 'regional', 'local'];
const LAYERS = ['events', 'patterns', 'structures'];

/** Candidate relations: every ordered factor pair as a causal link, every actor pair as a collaboration. */
const CANDIDATES = [
  ...FACTORS.flatMap((from) => FACTORS.filter((to) => to !== from).map((to) => ({ from, to, type: 'causes' }))),
  ...ACTORS.flatMap((from, i) => ACTORS.slice(i + 1).map((to) => ({ from, to, type: 'collaborates' }))),
];

/** One version: a subset of the universe, each element with a random placement, each causal link with a random sign and source. */
const version = fc
  .record({
    factors: fc.subarray(FACTORS),
    actors: fc.subarray(ACTORS),
    layers: fc.array(fc.constantFrom(...LAYERS), { minLength: FACTORS.length, maxLength: FACTORS.length }),
    levels: fc.array(fc.constantFrom(...LEVELS), { minLength: ACTORS.length, maxLength: ACTORS.length }),
    relations: fc.subarray(CANDIDATES.map((_, i) => i)),
    signs: fc.array(fc.boolean(), { minLength: CANDIDATES.length, maxLength: CANDIDATES.length }),
    sourced: fc.array(fc.boolean(), { minLength: CANDIDATES.length, maxLength: CANDIDATES.length }),
  })
  .map(({ factors, actors, layers, levels, relations, signs, sourced }): Json => {
    const present = new Set([...factors, ...actors]);
    return {
      floke: '1.1',
      title: 'v',
      sources: [{ id: 's', title: 'S' }],
      elements: [
        ...factors.map((id) => ({ id, kind: 'factor', label: id.toUpperCase(), layer: layers[FACTORS.indexOf(id)] })),
        ...actors.map((id) => ({ id, kind: 'actor', label: id.toUpperCase(), level: levels[ACTORS.indexOf(id)] })),
      ],
      relations: relations
        .map((i) => ({ i, ...CANDIDATES[i]! }))
        .filter((r) => present.has(r.from) && present.has(r.to))
        .map(({ i, ...r }) =>
          r.type === 'causes' ? { ...r, polarity: signs[i] ? '+' : '-', ...(sourced[i] ? { sources: ['s'] } : {}) } : r,
        ),
    };
  });

/** The same document with its elements and relations in another order. */
const shuffled = (doc: Json, seed: number): Json => {
  const reorder = <T>(list: T[]) =>
    list
      .map((item, i) => ({ item, key: (i * 7919 + seed * 104729) % 1009 }))
      .sort((a, b) => a.key - b.key)
      .map((e) => e.item);
  return { ...doc, elements: reorder(doc.elements), relations: reorder(doc.relations) };
};

/** The diff without its pointers (which follow input order by definition). */
const withoutPointers = (value: unknown) => JSON.parse(JSON.stringify(value, (key, v) => (key.startsWith('pointer') ? undefined : v)));

const ids = (model: NormalizedDocument, list: 'elements' | 'relations') => model[list].map((item) => item.id).sort();

/** Each loop's factor cycle as text, with its polarity and evidence. */
const cycles = (model: NormalizedDocument) =>
  new Map(findLoops(causalGraphOf(model)).loops.map((loop) => [loop.members.join('>'), JSON.stringify([loop.polarity, loop.evidence])]));

describe('diff (properties)', () => {
  it('finds nothing between a version and itself', () => {
    fc.assert(
      fc.property(version, (doc) => {
        assert.equal(diff(normalize(doc), normalize(doc)).empty, true);
      }),
      { seed: 19, numRuns: 150 },
    );
  });

  it("turns the earlier version's elements and relations into the later one's by its additions and removals", () => {
    fc.assert(
      fc.property(version, version, (a, b) => {
        const before = normalize(a);
        const after = normalize(b);
        const result = diff(before, after);
        for (const list of ['elements', 'relations'] as const) {
          const removed = new Set(result[list].removed.map((item) => item.id));
          const applied = [...ids(before, list).filter((id) => !removed.has(id)), ...result[list].added.map((item) => item.id)].sort();
          assert.deepEqual(applied, ids(after, list), list);
        }
      }),
      { seed: 20, numRuns: 150 },
    );
  });

  it('gives the same diff, pointers aside, whatever the order of either input', () => {
    fc.assert(
      fc.property(version, version, fc.nat(1000), fc.nat(1000), (a, b, s, t) => {
        const plain = diff(normalize(a), normalize(b));
        const reordered = diff(normalize(shuffled(a, s)), normalize(shuffled(b, t)));
        assert.deepEqual(withoutPointers(reordered), withoutPointers(plain));
      }),
      { seed: 21, numRuns: 150 },
    );
  });

  it('reports as appeared, broken and changed exactly the loops findLoops finds in one version, not the other, or in both with another polarity or evidence', () => {
    fc.assert(
      fc.property(version, version, (a, b) => {
        const before = normalize(a);
        const after = normalize(b);
        const result = diff(before, after).loops;
        const old = cycles(before);
        const now = cycles(after);
        const key = (loop: { members: readonly string[] }) => loop.members.join('>');
        assert.deepEqual(result.appeared.map(key).sort(), [...now.keys()].filter((k) => !old.has(k)).sort());
        assert.deepEqual(result.broke.map(key).sort(), [...old.keys()].filter((k) => !now.has(k)).sort());
        assert.deepEqual(
          result.changed.map((c) => key(c.after)).sort(),
          [...now.keys()].filter((k) => old.has(k) && old.get(k) !== now.get(k)).sort(),
        );
        // A loop breaks only for a reason the diff names.
        for (const loop of result.broke) assert.ok(loop.because.length > 0, key(loop));
      }),
      { seed: 22, numRuns: 150 },
    );
  });
});
