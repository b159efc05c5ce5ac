import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  causalGraphOf,
  causalMatrix,
  computeCausalLoopDiagram,
  findLoops,
  micmac,
  normalize,
  outcomesOf,
  whereToAct,
  type CausalGraph,
  type MicmacScore,
} from '../../packages/core/src/index.js';
import { readJson } from './helpers.js';

const link = (from: string, to: string) => ({ id: `${from}${to}`, from, to, polarity: '+' as const, delay: false });
const round = (scores: readonly MicmacScore[]) =>
  scores.map((s) => [Math.round(s.influence * 1e6) / 1e6, Math.round(s.dependence * 1e6) / 1e6, s.role]);

/** a → b → c, and d on its own. */
const chain = [
  [0, 1, 0, 0],
  [0, 0, 1, 0],
  [0, 0, 0, 0],
  [0, 0, 0, 0],
];

describe('micmac', () => {
  it('scores direct influence and dependence as row and column sums, and splits the quadrants at their means', () => {
    // Total 2 over 4 variables: both means are ½.
    assert.deepEqual(round(micmac(chain).direct), [
      [1, 0, 'driver'],
      [1, 1, 'relay'],
      [0, 1, 'outcome'],
      [0, 0, 'autonomous'],
    ]);
  });

  it('adds powers of the matrix until the rankings stop changing, scaled to the direct total', () => {
    // M + M²: a reaches b and c (2), b reaches c (1); c is reached by b and a (2). Total 3, scaled to 2 (× ⅔). M³ = 0, so
    // the third power changes nothing and the ranking is stable there.
    const result = micmac(chain);
    assert.deepEqual([result.power, result.stable], [3, true]);
    assert.deepEqual(round(result.indirect), [
      [1.333333, 0, 'driver'],
      [0.666667, 0.666667, 'relay'],
      [0, 1.333333, 'outcome'],
      [0, 0, 'autonomous'],
    ]);
  });

  it('stops at maxPower and says the ranking had not settled', () => {
    // At the second power the dependence ranking has changed (c passes b), so it is not known to be stable.
    const result = micmac(chain, { maxPower: 2 });
    assert.deepEqual([result.power, result.stable], [2, false]);
  });

  it('keeps long products of strong influences finite', () => {
    const strong = 1e150;
    const result = micmac([
      [0, strong, strong],
      [strong, 0, 0],
      [0, 0, 0],
    ]);
    assert.ok(result.power >= 3, `power ${result.power}`);
    assert.ok(
      result.indirect.every((s) => Number.isFinite(s.influence) && Number.isFinite(s.dependence)),
      JSON.stringify(result.indirect),
    );
    assert.deepEqual(
      result.indirect.map((s) => s.role),
      ['relay', 'relay', 'outcome'],
    );
  });

  it('counts a value on the mean line as high: two factors in a loop with nothing else are relays', () => {
    const result = micmac([
      [0, 1],
      [1, 0],
    ]);
    assert.deepEqual(
      [round(result.direct), round(result.indirect)],
      [
        [
          [1, 1, 'relay'],
          [1, 1, 'relay'],
        ],
        [
          [1, 1, 'relay'],
          [1, 1, 'relay'],
        ],
      ],
    );
  });

  it('gives every variable zero and calls it autonomous when nothing influences anything', () => {
    const result = micmac([
      [0, 0],
      [0, 0],
    ]);
    assert.deepEqual(round(result.indirect), [
      [0, 0, 'autonomous'],
      [0, 0, 'autonomous'],
    ]);
  });

  /*
   * A published MICMAC input: the final reachability matrix of 16 causes (C1–C16) in Table 3 of a 2021 paper in the
   * SCITEPRESS Digital Library, https://scitepress.org/PublishedPapers/2021/103153/pdf/index.html (1* entries,
   * transitive links, read as 1). In ISM–MICMAC the driving power and the dependence of a cause are the row and column
   * sums of this matrix, diagonal included. The paper's Table 4 partitions the causes into levels; C15 forms level 1
   * (the top, what everything leads to) and C5 level 6 (the root). Expected: the sums below (counted from Table 3), and
   * quadrants that agree with those published levels: every driver sits at level 4 or deeper (C2, C8, C9: 4; C3: 5;
   * C5: 6; C16 reaches all but C5, as C5 all but C16), every outcome and relay at level 3 or above (C15: 1).
   */
  it('scores the published final reachability matrix of 16 causes as its levels say', () => {
    const table3 = [
      '1 1 0 1 0 1 1 1 1 1 1 1 1 1 1 0',
      '1 1 0 1 0 1 1 1 1 1 1 1 1 1 1 0',
      '1 1 1 1 0 1 1 1 1 1 1 1 1 1 1 0',
      '1 1 1 1 0 1 1 1 1 1 1 1 1 1 1 0',
      '1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 0',
      '1 0 0 1 0 1 1 0 0 1 0 1 1 1 1 0',
      '1 0 0 1 0 1 1 0 0 1 1 1 1 1 1 0',
      '1 1 1 1 0 1 1 1 1 1 1 1 1 1 1 0',
      '1 1 1 1 0 1 1 1 1 1 1 1 1 1 1 0',
      '1 1 1 1 0 1 1 1 1 1 1 1 1 1 1 0',
      '1 0 0 1 0 0 1 0 0 1 1 1 1 1 1 0',
      '1 0 0 1 0 0 1 0 0 1 0 1 1 1 1 0',
      '1 1 1 1 0 1 1 1 1 1 1 1 1 1 1 0',
      '1 1 1 1 0 1 1 1 1 1 1 1 1 1 1 0',
      '0 0 0 0 0 0 0 0 0 0 0 0 0 0 1 0',
      '1 1 1 1 0 1 1 1 1 1 1 1 1 1 1 1',
    ].map((row) => row.split(' ').map(Number));
    const { direct } = micmac(table3);
    const names = (role: string) => direct.flatMap((s, i) => (s.role === role ? [`C${i + 1}`] : []));
    assert.deepEqual(
      direct.map((s) => s.influence),
      [13, 13, 14, 14, 15, 9, 10, 14, 14, 14, 9, 8, 14, 14, 1, 15],
    );
    assert.deepEqual(
      direct.map((s) => s.dependence),
      [15, 11, 9, 15, 1, 13, 15, 11, 11, 15, 13, 15, 15, 15, 16, 1],
    );
    assert.deepEqual(names('driver'), ['C2', 'C3', 'C5', 'C8', 'C9', 'C16']);
    assert.deepEqual(names('relay'), ['C1', 'C4', 'C10', 'C13', 'C14']);
    assert.deepEqual(names('outcome'), ['C6', 'C7', 'C11', 'C12', 'C15']);
    assert.deepEqual(names('autonomous'), []);
  });
});

describe('causalMatrix', () => {
  it('has a 1 per ordered pair of linked factors (parallel links once) and a zero diagonal, in node order', () => {
    const graph: CausalGraph = {
      nodes: ['b', 'a'],
      links: [link('a', 'b'), { ...link('a', 'b'), id: 'ab2' }, link('b', 'b'), link('b', 'c')],
    };
    assert.deepEqual(causalMatrix(graph), {
      ids: ['b', 'a', 'c'],
      matrix: [
        [0, 0, 1],
        [1, 0, 0],
        [0, 0, 0],
      ],
    });
  });
});

/**
 * x → a; loops a → b → a and a → c → d → a; d → y → g; b → e; z alone. g is a goal, e an estimate.
 * Path counts of length 1–4 (M + … + M⁴, where the ranking settles) add up to 58, scaled to the 9 direct links:
 * x 10, a 15, b 11, c 9, d 12, y 1 paths out; a 14, b 10, c 10, d 7, e 7, y 6, g 4 paths in.
 */
const graph: CausalGraph = {
  nodes: ['x', 'a', 'b', 'c', 'd', 'y', 'e', 'g', 'z'],
  links: [
    link('x', 'a'),
    link('a', 'b'),
    link('b', 'a'),
    link('a', 'c'),
    link('c', 'd'),
    link('d', 'a'),
    link('d', 'y'),
    link('b', 'e'),
    link('y', 'g'),
  ],
};
const loops = findLoops(graph).loops;
const [small, large] = [loops.find((l) => l.length === 2)!.id, loops.find((l) => l.length === 3)!.id];
const scaled = (paths: number) => Math.round(((paths * 9) / 58) * 1e6) / 1e6;

describe('whereToAct', () => {
  const result = whereToAct(graph, loops, {
    outcomes: [
      ['g', 'goal'],
      ['e', 'estimate'],
    ],
  });

  it('ranks the levers drivers first, then relays, then the rest, each by indirect influence', () => {
    assert.deepEqual(
      result.levers.map((l) => [l.id, l.role, Math.round(l.influence * 1e6) / 1e6, Math.round(l.dependence * 1e6) / 1e6]),
      [
        ['x', 'driver', scaled(10), 0],
        ['a', 'relay', scaled(15), scaled(14)],
        ['d', 'relay', scaled(12), scaled(7)],
        ['b', 'relay', scaled(11), scaled(10)],
        ['c', 'relay', scaled(9), scaled(10)],
        ['y', 'autonomous', scaled(1), scaled(6)],
        ['z', 'autonomous', 0, 0],
      ],
    );
    assert.deepEqual([result.power, result.stable], [4, true]);
  });

  it('keeps the goals and estimates it is given apart from the levers, with their reason', () => {
    assert.deepEqual(
      result.outcomes.map((o) => [o.id, o.reason, o.role]),
      [
        ['g', 'goal', 'autonomous'],
        ['e', 'estimate', 'outcome'],
      ],
    );
  });

  it('counts a factor MICMAC finds dependent as an outcome even when the document does not say so', () => {
    assert.deepEqual(
      whereToAct(graph, loops).outcomes.map((o) => [o.id, o.reason]),
      [['e', 'dependent']],
    );
  });

  it('says which loops each factor is in and which it feeds, and through which loop factors', () => {
    const reach = Object.fromEntries(result.levers.map((l) => [l.id, [l.inLoops, l.reaches.loops, l.reaches.via, l.reaches.factors]]));
    assert.deepEqual(reach, {
      x: [[], [small, large], ['a'], 7],
      a: [[small, large], [], [], 6],
      d: [[large], [small], ['a'], 6],
      b: [[small], [large], ['a'], 6],
      c: [[large], [], [], 6],
      y: [[], [], [], 1],
      z: [[], [], [], 0],
    });
  });

  it('marks the factors no link leads into as exogenous', () => {
    assert.deepEqual(
      [...result.levers, ...result.outcomes].filter((l) => l.exogenous).map((l) => l.id),
      ['x', 'z'],
    );
  });

  it('enters loops through the first loop factor on a chain, not through the loop factors beyond it', () => {
    // w → v → a: v is on no loop, so w enters the loops at a (not at b, c or d, which lie beyond a).
    const longer: CausalGraph = { nodes: [...graph.nodes, 'w', 'v'], links: [...graph.links, link('w', 'v'), link('v', 'a')] };
    const w = whereToAct(longer, findLoops(longer).loops).levers.find((l) => l.id === 'w')!;
    assert.deepEqual([w.reaches.via, w.reaches.loops.length, w.reaches.factors], [['a'], 2, 8]);
  });
});

describe('outcomesOf', () => {
  it('names goals, factors measured by an indicator and backed by sources, and factors that are only a number', () => {
    const model = normalize({
      floke: '1.0',
      sources: [{ id: 's', title: 'S' }],
      indicators: [{ id: 'i', label: 'I', series: [{ date: '2022', value: 1 }] }],
      elements: [
        { id: 'goal', kind: 'goal', label: 'Goal' },
        { id: 'measured', kind: 'factor', label: 'M', indicators: ['i'], sources: ['s'] },
        { id: 'number', kind: 'factor', label: 'N', indicators: ['i'] },
        { id: 'sourced', kind: 'factor', label: 'S', sources: ['s'] },
        { id: 'plain', kind: 'factor', label: 'P' },
      ],
    });
    assert.deepEqual(outcomesOf(model), [
      ['goal', 'goal'],
      ['measured', 'measured'],
      ['number', 'estimate'],
    ]);
  });
});

describe('where to act on the Telemark document', () => {
  const model = normalize(readJson('examples/data/telemark-agder.json'));
  const causal = causalGraphOf(model);
  const found = findLoops(model).loops;
  const result = whereToAct(causal, found, { outcomes: outcomesOf(model) });

  it('puts neither the problem itself nor the cost estimate first, and lists both among the outcomes', () => {
    assert.ok(!['utenforskap', 'samfunnskostnad'].includes(result.levers[0]!.id), result.levers[0]!.id);
    const outcomes = result.outcomes.map((o) => o.id);
    assert.ok(outcomes.includes('utenforskap') && outcomes.includes('samfunnskostnad'), outcomes.join(', '));
    assert.deepEqual(
      result.levers.filter((l) => outcomes.includes(l.id)),
      [],
    );
  });

  it('credits every exogenous factor that feeds a loop with the loops it feeds, instead of zero', () => {
    const exogenous = result.levers.filter((l) => l.exogenous && l.reaches.factors > 0);
    assert.ok(exogenous.length > 0);
    for (const lever of exogenous) {
      assert.ok(lever.influence > 0, lever.id);
      assert.ok(lever.reaches.loops.length > 0 && lever.reaches.via.length > 0, lever.id);
    }
  });

  it('is what the diagram computation hands the view', () => {
    const diagram = computeCausalLoopDiagram({ graph: causal, labels: [], outcomes: outcomesOf(model) });
    assert.deepEqual(diagram.whereToAct, whereToAct(causal, diagram.loops, { outcomes: outcomesOf(model) }));
  });
});
