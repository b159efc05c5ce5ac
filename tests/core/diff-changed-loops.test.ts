/**
 * The diff searches only the loops through links that changed. In a graph with far more loops than the loop view
 * searches (a complete graph of 8 factors: 16,064 loops, the view keeps 2,000), a loop that appears, breaks or flips
 * elsewhere is still reported exactly, and nothing else is.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { normalize } from '../../packages/core/src/index.js';
import { countLoops } from '../../packages/core/src/causal-loops/find-loops.js';
import { diff, diffSummary } from '../../packages/core/src/diff/index.js';

type Json = Record<string, any>;

const CORE = ['c0', 'c1', 'c2', 'c3', 'c4', 'c5', 'c6', 'c7'];
const link = (from: string, to: string, polarity = '+') => ({ id: `${from}-${to}`, from, to, type: 'causes', polarity });

/** The dense core, and three small loops beside it (x ⇄ y only once y → x is added). */
function version(relations: Json[]): Json {
  return {
    floke: '1.1',
    title: 'v',
    elements: [...CORE, 'p', 'q', 'w', 'x', 'y', 'z'].map((id) => ({ id, kind: 'factor', label: id.toUpperCase() })),
    relations: [...CORE.flatMap((from) => CORE.filter((to) => to !== from).map((to) => link(from, to))), ...relations],
  };
}

const before = normalize(version([link('x', 'y'), link('z', 'w'), link('w', 'z'), link('p', 'q'), link('q', 'p')]));
const after = normalize(version([link('x', 'y'), link('y', 'x'), link('z', 'w'), link('p', 'q'), link('q', 'p', '-')]));

describe('loop changes in a graph whose full loop search is capped', () => {
  it('the graph has more loops than the loop view searches', () => {
    assert.deepEqual(countLoops(before), { count: 16064 + 2, complete: true });
  });

  it('a loop appears by an added link, breaks by a removed one, flips by a sign, and nothing else changes', () => {
    const { loops } = diff(before, after);
    assert.deepEqual(JSON.parse(JSON.stringify(loops)), {
      appeared: [
        // The loop view's 2,000 loops are all in the core, so it has no code for these.
        { id: 'loop:x-y|y-x', code: '', members: ['x', 'y'], polarity: 'R', evidence: { stated: 0, inferred: 0, unsourced: 2 } },
      ],
      broke: [
        {
          id: 'loop:w-z|z-w',
          code: '',
          members: ['w', 'z'],
          polarity: 'R',
          evidence: { stated: 0, inferred: 0, unsourced: 2 },
          because: [{ reason: 'link-removed', from: 'w', to: 'z', relation: 'w-z' }],
        },
      ],
      changed: [
        {
          before: { id: 'loop:p-q|q-p', code: '', members: ['p', 'q'], polarity: 'R', evidence: { stated: 0, inferred: 0, unsourced: 2 } },
          after: { id: 'loop:p-q|q-p', code: '', members: ['p', 'q'], polarity: 'B', evidence: { stated: 0, inferred: 0, unsourced: 2 } },
          polarityChanged: true,
          evidenceChanged: false,
        },
      ],
      complete: true,
    });
  });

  it('a link removed inside the core breaks exactly the loops through it: every path back, 1,957', () => {
    const cut = normalize({ ...version([]), relations: version([]).relations.filter((r: Json) => r.id !== 'c0-c1') });
    const { loops } = diff(normalize(version([])), cut);
    assert.equal(loops.broke.length, 1957);
    assert.equal(loops.appeared.length + loops.changed.length, 0);
    assert.ok(
      loops.broke.every(
        (loop) => JSON.stringify(loop.because) === JSON.stringify([{ reason: 'link-removed', from: 'c0', to: 'c1', relation: 'c0-c1' }]),
      ),
    );
    assert.equal(loops.complete, true);
  });

  it('when the loops through changed links are more than its limit, it reports that many and says it is incomplete', () => {
    const cut = normalize({ ...version([]), relations: version([]).relations.filter((r: Json) => r.id !== 'c0-c1') });
    const result = diff(normalize(version([])), cut, { loopLimit: 100 });
    assert.equal(result.loops.broke.length, 100);
    assert.equal(result.loops.complete, false);
    assert.ok(
      diffSummary(result, 'en').sentences.some(
        (line) => line === 'Not every changed loop was compared: the links that changed are part of more loops than the search takes in.',
      ),
    );
  });
});
