import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { loopMemberName, loopRing, rankLoops, type Loop } from '../../packages/core/src/index.js';

/** A loop of the given members, all links stated unless `evidence` says otherwise. */
function loop(id: string, members: string[], extra: Partial<Loop> = {}): Loop {
  return {
    id,
    members,
    links: members.map((m, i) => `${m}-${members[(i + 1) % members.length]}`),
    polarity: 'R',
    length: members.length,
    negativeLinks: 0,
    hasDelay: false,
    evidence: { stated: members.length, inferred: 0, unsourced: 0 },
    hypothesised: false,
    ...extra,
  };
}

describe('rankLoops', () => {
  it('puts named loops first, then loops through the selected factor, then the shortest', () => {
    const long = loop('long', ['a', 'b', 'c', 'd']);
    const short = loop('short', ['a', 'b']);
    const throughX = loop('throughX', ['x', 'y', 'z']);
    const named = loop('named', ['p', 'q', 'r', 's', 't'], { name: 'Tillitssirkelen' });
    assert.deepEqual(
      rankLoops([long, short, throughX, named], { selected: 'x' }).map((l) => l.id),
      ['named', 'throughX', 'short', 'long'],
    );
    assert.deepEqual(
      rankLoops([long, short, throughX, named]).map((l) => l.id),
      ['named', 'short', 'throughX', 'long'],
    );
  });

  it('among loops of one length, ranks the better evidenced first: not hypothesised, more stated links, fewer unsourced', () => {
    const hypothesis = loop('h', ['a', 'b', 'c'], { hypothesised: true, evidence: { stated: 2, inferred: 1, unsourced: 0 } });
    const unsourced = loop('u', ['d', 'e', 'f'], { evidence: { stated: 1, inferred: 0, unsourced: 2 } });
    const halfSourced = loop('v', ['g', 'h', 'i'], { evidence: { stated: 2, inferred: 0, unsourced: 1 } });
    const stated = loop('s', ['j', 'k', 'l']);
    assert.deepEqual(
      rankLoops([hypothesis, unsourced, halfSourced, stated]).map((l) => l.id),
      ['s', 'v', 'u', 'h'],
    );
  });

  it('breaks remaining ties by code, R before B and R2 before R10, and is stable whatever the input order', () => {
    const loops = [loop('1', ['a', 'b']), loop('2', ['c', 'd']), loop('3', ['e', 'f']), loop('4', ['g', 'h'], { polarity: 'B' })];
    const codes = new Map([
      ['1', 'R10'],
      ['2', 'R2'],
      ['3', 'B1'],
      ['4', 'R1'],
    ]);
    assert.deepEqual(
      rankLoops(loops, { codes }).map((l) => codes.get(l.id)),
      ['R1', 'R2', 'R10', 'B1'],
    );
    assert.deepEqual(
      rankLoops([...loops].reverse(), { codes }).map((l) => codes.get(l.id)),
      ['R1', 'R2', 'R10', 'B1'],
    );
  });

  it('does not change the list it is given', () => {
    const loops = [loop('b', ['a', 'b', 'c']), loop('a', ['a', 'b'])];
    rankLoops(loops);
    assert.deepEqual(
      loops.map((l) => l.id),
      ['b', 'a'],
    );
  });
});

describe('loopMemberName', () => {
  it('shows every member of a loop of up to four', () => {
    assert.deepEqual(loopMemberName(['Fattigdom', 'Utenforskap', 'Psykisk helse']), {
      shown: ['Fattigdom', 'Utenforskap', 'Psykisk helse'],
      more: 0,
    });
    assert.deepEqual(loopMemberName(['a', 'b', 'c', 'd']), { shown: ['a', 'b', 'c', 'd'], more: 0 });
  });

  it('shows the first three of a longer loop and counts the rest', () => {
    assert.deepEqual(loopMemberName(['a', 'b', 'c', 'd', 'e', 'f', 'g']), { shown: ['a', 'b', 'c'], more: 4 });
    assert.deepEqual(loopMemberName(['a', 'b', 'c'], 2), { shown: ['a'], more: 2 });
  });
});

describe('loopRing', () => {
  it('places the members clockwise from the top, evenly around the circle', () => {
    const ring = loopRing(4, { size: 100, dot: 10 });
    // radius = 50 − 10 − 12 = 28
    assert.deepEqual(ring.members, [
      { x: 50, y: 22 },
      { x: 78, y: 50 },
      { x: 50, y: 78 },
      { x: 22, y: 50 },
    ]);
  });

  it('draws an arc from each member to the next, the last back to the first, with its sign outside the circle', () => {
    const ring = loopRing(3, { size: 100, dot: 10 });
    assert.deepEqual(
      ring.arcs.map((a) => [a.from, a.to]),
      [
        [0, 1],
        [1, 2],
        [2, 0],
      ],
    );
    for (const arc of ring.arcs) {
      const distance = Math.hypot(arc.sign.x - 50, arc.sign.y - 50);
      assert.ok(Math.abs(distance - 38) < 0.05, `sign at ${distance} from the centre`);
      // The arrowhead's tip stops at the edge of the next member's dot, not on it.
      const next = ring.members[arc.to]!;
      const gap = Math.hypot(arc.head[0].x - next.x, arc.head[0].y - next.y);
      assert.ok(gap > 10 && gap < 12.5, `tip ${gap} from the next member`);
    }
    // From 11/28 rad past the top (the dot's edge plus 1 px) to 11/28 rad before the second member, clockwise.
    assert.equal(ring.arcs[0]!.d, 'M60.72,24.13 A28,28 0 0 1 77.76,53.65');
  });

  it('keeps every sign inside the drawing', () => {
    for (const count of [2, 3, 5, 8, 12]) {
      const ring = loopRing(count);
      for (const arc of ring.arcs) {
        assert.ok(arc.sign.x >= 8 && arc.sign.x <= ring.size - 8, `${count}: x ${arc.sign.x}`);
        assert.ok(arc.sign.y >= 8 && arc.sign.y <= ring.size - 8, `${count}: y ${arc.sign.y}`);
      }
    }
  });
});
