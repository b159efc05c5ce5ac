import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  causalGraphOf,
  countLoops,
  findLoops,
  forEachLoop,
  leverageRanking,
  loopCodes,
  loopCountsByFactor,
  loopsThrough,
  materializeLoop,
  normalize,
  sharedLoops,
  sortLoopsByCode,
  summarizeDocument,
  type CausalGraph,
  type CausalLink,
  type Loop,
  type TransientLoop,
} from '../../packages/core/src/index.js';
import { isCausalGraph } from '../../packages/core/src/causal-loops/causal-graph.js';
import { readJson } from './helpers.js';
import { assertSnapshot } from './snapshot.js';

const link = (from: string, to: string, polarity: '+' | '-' = '+', delay = false, id = `${from}>${to}`): CausalLink => ({
  id,
  from,
  to,
  polarity,
  delay,
});
const graphOf = (links: CausalLink[], nodes?: string[]): CausalGraph => ({
  nodes: nodes ?? [...new Set(links.flatMap((l) => [l.from, l.to]))],
  links,
});
const loop = (id: string, polarity: 'R' | 'B', length: number, name?: string): Loop => ({
  id,
  members: Array.from({ length }, (_, i) => `${id}-${i}`),
  links: [],
  polarity,
  length,
  negativeLinks: polarity === 'R' ? 0 : 1,
  hasDelay: false,
  evidence: { stated: length, inferred: 0, unsourced: 0 },
  hypothesised: false,
  ...(name === undefined ? {} : { name }),
});
const minimal = () => normalize(readJson('examples/data/minimal.json'));

describe('causalGraphOf', () => {
  it('takes the signed causes relations as links, and every factor and link end as nodes, in document order', () => {
    const model = normalize({
      floke: '1.0',
      title: 't',
      elements: [
        { id: 'lonely', kind: 'factor', label: 'Lonely factor' },
        { id: 'goal', kind: 'goal', label: 'Goal' },
        { id: 'a', kind: 'factor', label: 'A' },
        { id: 'actor', kind: 'actor', label: 'Actor' },
        { id: 'b', kind: 'factor', label: 'B' },
      ],
      relations: [
        { id: 'r1', from: 'a', to: 'b', type: 'causes', polarity: '-', delay: true },
        { id: 'r2', from: 'goal', to: 'a', type: 'causes', polarity: '+' },
        { id: 'r3', from: 'actor', to: 'b', type: 'informs' },
      ],
    });
    const graph = causalGraphOf(model);
    assert.deepEqual(graph.nodes, ['lonely', 'goal', 'a', 'b']);
    assert.deepEqual(graph.links, [
      { id: 'r1', from: 'a', to: 'b', polarity: '-', delay: true, evidence: 'unsourced' },
      { id: 'r2', from: 'goal', to: 'a', polarity: '+', delay: false, evidence: 'unsourced' },
    ]);
  });

  it('tells a causal graph from a document', () => {
    assert.equal(isCausalGraph(graphOf([link('a', 'b')])), true);
    assert.equal(isCausalGraph(minimal()), false);
  });
});

describe('findLoops on small graphs', () => {
  it('finds a self-link as a loop of length one', () => {
    const { loops, complete } = findLoops(graphOf([link('a', 'a', '-')]));
    assert.equal(complete, true);
    assert.deepEqual(
      loops.map((l) => [l.members, l.length, l.polarity, l.negativeLinks]),
      [[['a'], 1, 'B', 1]],
    );
  });

  it('gives one loop per combination of parallel links, with its own polarity and delay', () => {
    const graph = graphOf([link('a', 'b', '+', false, 'p'), link('a', 'b', '-', true, 'q'), link('b', 'a', '+', false, 'r')]);
    const { loops } = findLoops(graph);
    assert.deepEqual(
      loops.map((l) => [l.id, l.links, l.polarity, l.negativeLinks, l.hasDelay]),
      [
        ['loop:p|r', ['p', 'r'], 'R', 0, false],
        ['loop:q|r', ['q', 'r'], 'B', 1, true],
      ],
    );
    assert.deepEqual(countLoops(graph), { count: 2, complete: true });
  });

  it('finds every loop of a three-cycle with a chord, and nothing in a graph without cycles', () => {
    const graph = graphOf([link('a', 'b'), link('b', 'c', '-'), link('c', 'a'), link('b', 'a', '-')]);
    assert.deepEqual(
      findLoops(graph).loops.map((l) => `${l.members.join('')}:${l.polarity}`),
      ['ab:B', 'abc:B'],
    );
    assert.deepEqual(findLoops(graphOf([link('a', 'b'), link('b', 'c'), link('a', 'c')])).loops, []);
  });

  it('names a loop after the author entry with the same members, the cyclic order choosing between two', () => {
    const graph = graphOf([link('a', 'b'), link('b', 'c'), link('c', 'a'), link('a', 'c'), link('c', 'b'), link('b', 'a')]);
    const named = [
      { members: ['c', 'b', 'a'], label: 'Backwards' },
      { members: ['b', 'c', 'a'], label: 'Forwards' },
      { members: ['a', 'b'], label: 'Pair' },
    ];
    const byMembers = Object.fromEntries(findLoops(graph, { named }).loops.map((l) => [l.members.join(''), l.name ?? null]));
    assert.deepEqual(byMembers, { abc: 'Forwards', acb: 'Backwards', ab: 'Pair', ac: null, bc: null });
    const onlyOne = findLoops(graph, { named: [{ members: ['a', 'c', 'b'], label: 'Either' }] }).loops;
    assert.deepEqual(
      onlyOne.filter((l) => l.length === 3).map((l) => l.name),
      ['Either', 'Either'],
      'one entry names both orders',
    );
  });

  it('stops at the limit and says so; countLoops stops at its limit too', () => {
    const graph = graphOf([link('a', 'b'), link('b', 'a'), link('b', 'c'), link('c', 'b'), link('c', 'a'), link('a', 'c')]);
    assert.equal(findLoops(graph).loops.length, 5);
    assert.deepEqual(
      [findLoops(graph, { limit: 5 }).complete, findLoops(graph, { limit: 4 }).complete, findLoops(graph, { limit: 4 }).loops.length],
      [true, false, 4],
    );
    assert.equal(findLoops(graph).limit, 10_000);
    assert.deepEqual(countLoops(graph, 3), { count: 3, complete: false });
    assert.deepEqual(countLoops(graph, 5), { count: 5, complete: true });
  });

  it('bounds loops by length in forEachLoop too, and stops when the visitor says so', () => {
    const graph = graphOf([link('a', 'b'), link('b', 'c'), link('c', 'a'), link('b', 'a')]);
    const lengths: number[] = [];
    assert.equal(
      forEachLoop(graph, (view) => void lengths.push(view.length), { maxLength: 2 }),
      true,
    );
    assert.deepEqual(lengths, [2]);
    let seen = 0;
    assert.equal(
      forEachLoop(graph, () => ++seen < 1),
      false,
    );
    assert.equal(seen, 1);
  });
});

describe('materializeLoop', () => {
  it('copies the transient view, names the loop by its links, and keeps a name only when there is one', () => {
    const members = ['a', 'b'];
    const links = ['x', 'y'];
    const evidence = { stated: 1, inferred: 1, unsourced: 0 };
    const view: TransientLoop = {
      members,
      links,
      polarity: 'B',
      length: 2,
      negativeLinks: 1,
      hasDelay: true,
      name: undefined,
      evidence,
      hypothesised: true,
    };
    const loop = materializeLoop(view);
    members[0] = 'changed';
    links[0] = 'changed';
    evidence.stated = 9;
    assert.deepEqual(loop, {
      id: 'loop:x|y',
      members: ['a', 'b'],
      links: ['x', 'y'],
      polarity: 'B',
      length: 2,
      negativeLinks: 1,
      hasDelay: true,
      evidence: { stated: 1, inferred: 1, unsourced: 0 },
      hypothesised: true,
    });
    assert.equal('name' in loop, false);
    assert.equal(materializeLoop({ ...view, name: 'Named' }).name, 'Named');
  });
});

describe('loopCodes', () => {
  it('keeps the code a name starts with when its polarity matches, and numbers the rest after', () => {
    const loops = [
      loop('l1', 'R', 3),
      loop('l2', 'R', 2, 'R2 Siloen låser seg'),
      loop('l3', 'B', 4, 'R5 wrong polarity'),
      loop('l4', 'B', 2, 'B1 Balanced'),
      loop('l5', 'R', 2),
    ];
    assert.deepEqual(Object.fromEntries(loopCodes(loops)), { l2: 'R2', l4: 'B1', l3: 'B2', l5: 'R1', l1: 'R3' });
  });

  it('gives a second claim on a code the next free number', () => {
    const codes = loopCodes([loop('a', 'R', 2, 'R1 first'), loop('b', 'R', 2, 'R1 second'), loop('c', 'R', 2, 'R3 third')]);
    assert.deepEqual(Object.fromEntries(codes), { a: 'R1', c: 'R3', b: 'R2' });
  });

  it('numbers named loops before unnamed ones, then shorter before longer, then by id', () => {
    const codes = loopCodes([loop('z', 'B', 2), loop('y', 'B', 5, 'Named, no code'), loop('x', 'B', 3), loop('w', 'B', 3)]);
    assert.deepEqual(Object.fromEntries(codes), { y: 'B1', z: 'B2', w: 'B3', x: 'B4' });
  });

  it('does not take a code from a name where it is not a word of its own', () => {
    const codes = loopCodes([loop('a', 'R', 2, 'R12x'), loop('b', 'R', 2, 'R7: seven')]);
    assert.deepEqual(Object.fromEntries(codes), { b: 'R7', a: 'R1' });
  });
});

describe('sortLoopsByCode', () => {
  it('lists R loops before B loops, each by number', () => {
    const loops = ['a', 'b', 'c', 'd', 'e'].map((id) => loop(id, 'R', 2));
    const codes = new Map([
      ['a', 'B2'],
      ['b', 'R10'],
      ['c', 'B1'],
      ['d', 'R2'],
      ['e', 'R1'],
    ]);
    assert.deepEqual(
      sortLoopsByCode(loops, codes).map((l) => codes.get(l.id)),
      ['R1', 'R2', 'R10', 'B1', 'B2'],
    );
    assert.deepEqual(
      loops.map((l) => l.id),
      ['a', 'b', 'c', 'd', 'e'],
      'leaves its input alone',
    );
  });
});

describe('loop insight on a small graph', () => {
  const graph = graphOf([link('a', 'b'), link('b', 'a'), link('b', 'c'), link('c', 'b'), link('c', 'd'), link('d', 'c')]);

  it('counts loops per factor and ranks by count, ties by id', () => {
    const { loops } = findLoops(graph);
    assert.deepEqual(Object.fromEntries(loopCountsByFactor(loops)), { a: 1, b: 2, c: 2, d: 1 });
    assert.deepEqual(leverageRanking(loops), [
      { id: 'b', loops: 2 },
      { id: 'c', loops: 2 },
      { id: 'a', loops: 1 },
      { id: 'd', loops: 1 },
    ]);
  });

  it('finds the loops through all the given factors', () => {
    const { loops } = findLoops(graph);
    const ids = (list: readonly Loop[]) => list.map((l) => l.members.join(''));
    assert.deepEqual(ids(loopsThrough(loops, 'b')), ['ab', 'bc']);
    assert.deepEqual(ids(loopsThrough(loops, 'b', 'c')), ['bc']);
    assert.deepEqual(ids(loopsThrough(loops)), ['ab', 'bc', 'cd']);
    assert.deepEqual(ids(sharedLoops(loops, 'c', 'd')), ['cd']);
    assert.deepEqual(ids(sharedLoops(loops, 'a', 'd')), []);
  });
});

describe('summarizeDocument of the example documents', () => {
  it('counts the minimal document exactly', () => {
    const summary = summarizeDocument(minimal());
    assert.deepEqual(summary.elementsByKind, { actor: 2, initiative: 1, factor: 3, goal: 1, insight: 1 });
    assert.deepEqual(summary.relationsByType, {
      causes: 3,
      collaborates: 0,
      leads: 1,
      participates: 1,
      funds: 0,
      informs: 0,
      explains: 2,
      addresses: 0,
    });
    assert.deepEqual(
      summary.elementsByLayer.map((l) => [l.id, l.count]),
      [
        ['events', 1],
        ['patterns', 1],
        ['structures', 1],
        ['mental-models', 1],
      ],
    );
    assert.deepEqual(summary.elementsByHorizon, { H1: 1, H2: 1, H3: 1 });
    assert.deepEqual(
      summary.actorsByLevel.map((l) => [l.id, l.count]),
      [
        ['national', 0],
        ['regional', 0],
        ['local', 2],
      ],
    );
    assert.deepEqual([summary.networkTies, summary.causalFactors, summary.namedLoops, summary.sources], [2, 3, 0, 0]);
    assert.deepEqual(summary.latestIndicators, []);
  });

  it('counts the Telemark document as before', () => {
    assertSnapshot('summary-telemark-agder', summarizeDocument(normalize(readJson('examples/data/telemark-agder.json'))));
  });
});
