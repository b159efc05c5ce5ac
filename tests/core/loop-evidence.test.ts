import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  CLD_METRICS,
  causalGraphOf,
  computeCausalLoopDiagram,
  findLoops,
  layoutCausalLoops,
  linkEvidence,
  loopMarkerObstacles,
  normalize,
  type CausalGraph,
  type LinkEvidence,
} from '../../packages/core/src/index.js';
import { boxesOverlap } from '../../packages/core/src/geometry/geometry.js';
import { readJson } from './helpers.js';

const link = (id: string, from: string, to: string, evidence?: LinkEvidence) => ({
  id,
  from,
  to,
  polarity: '+' as const,
  delay: false,
  ...(evidence ? { evidence } : {}),
});

/** a → b → c → a: one stated, one inferred, one unsourced link; a → d → a: both stated. */
const graph: CausalGraph = {
  nodes: ['a', 'b', 'c', 'd'],
  links: [
    link('ab', 'a', 'b', 'stated'),
    link('bc', 'b', 'c', 'inferred'),
    link('ca', 'c', 'a'),
    link('ad', 'a', 'd', 'stated'),
    link('da', 'd', 'a', 'stated'),
  ],
};

describe('linkEvidence', () => {
  it('calls a link the author marked inferred inferred, even when it cites sources', () => {
    assert.equal(linkEvidence({ evidence: 'inferred', sources: ['halogen-2023'] }), 'inferred');
  });

  it('calls a link stated when the author marked it so, or when it cites a source without a mark', () => {
    assert.deepEqual(
      [linkEvidence({ evidence: 'stated' }), linkEvidence({ evidence: 'stated', sources: [] }), linkEvidence({ sources: ['ssb'] })],
      ['stated', 'stated', 'stated'],
    );
  });

  it('calls a link with neither a mark nor a source unsourced', () => {
    assert.deepEqual([linkEvidence({}), linkEvidence({ sources: [] })], ['unsourced', 'unsourced']);
  });
});

describe('causalGraphOf', () => {
  it("gives each link the evidence of its relation's mark and sources", () => {
    const model = normalize({
      floke: '1.0',
      sources: [{ id: 's', title: 'S' }],
      elements: ['x', 'y', 'z'].map((id) => ({ id, kind: 'factor', label: id })),
      relations: [
        { id: 'xy', from: 'x', to: 'y', type: 'causes', polarity: '+', evidence: 'inferred', sources: ['s'] },
        { id: 'yz', from: 'y', to: 'z', type: 'causes', polarity: '-', sources: ['s'] },
        { id: 'zx', from: 'z', to: 'x', type: 'causes', polarity: '+' },
      ],
    });
    assert.deepEqual(
      causalGraphOf(model).links.map((l) => [l.id, l.evidence]),
      [
        ['xy', 'inferred'],
        ['yz', 'stated'],
        ['zx', 'unsourced'],
      ],
    );
  });
});

describe('findLoops evidence', () => {
  it('counts the stated, inferred and unsourced links of each loop, and marks a loop with an inferred link hypothesised', () => {
    const loops = findLoops(graph).loops.map((l) => ({ links: l.links.join(' '), evidence: l.evidence, hypothesised: l.hypothesised }));
    assert.deepEqual(loops, [
      { links: 'ab bc ca', evidence: { stated: 1, inferred: 1, unsourced: 1 }, hypothesised: true },
      { links: 'ad da', evidence: { stated: 2, inferred: 0, unsourced: 0 }, hypothesised: false },
    ]);
  });

  it('does not call a loop hypothesised for unsourced links alone', () => {
    const unsourced: CausalGraph = { nodes: ['a', 'b'], links: [link('ab', 'a', 'b'), link('ba', 'b', 'a')] };
    const [loop] = findLoops(unsourced).loops;
    assert.deepEqual([loop!.evidence, loop!.hypothesised], [{ stated: 0, inferred: 0, unsourced: 2 }, false]);
  });

  it('counts each combination of parallel links on its own', () => {
    const parallel: CausalGraph = {
      nodes: ['a', 'b'],
      links: [link('ab1', 'a', 'b', 'stated'), link('ab2', 'a', 'b', 'inferred'), link('ba', 'b', 'a', 'stated')],
    };
    assert.deepEqual(
      findLoops(parallel).loops.map((l) => [l.links.join(' '), l.evidence.inferred, l.hypothesised]),
      [
        ['ab1 ba', 0, false],
        ['ab2 ba', 1, true],
      ],
    );
  });

  it('carries the same evidence into the diagram the view computes (and its Worker hands over)', () => {
    const diagram = computeCausalLoopDiagram({ graph, labels: [] });
    assert.deepEqual(
      diagram.loops.map((l) => l.evidence),
      findLoops(graph).loops.map((l) => l.evidence),
    );
    assert.deepEqual(
      diagram.layout.links.map((l) => [l.id, l.evidence]),
      [
        ['ab', 'stated'],
        ['bc', 'inferred'],
        ['ca', 'unsourced'],
        ['ad', 'stated'],
        ['da', 'stated'],
      ],
    );
  });
});

describe('layoutCausalLoops evidence marks', () => {
  it('puts a "?" badge beside the glyph of each inferred link, and none on the others', () => {
    const layout = layoutCausalLoops({ graph, loops: findLoops(graph).loops });
    const gap = CLD_METRICS.glyphRadius + CLD_METRICS.evidenceMarkRadius + 3;
    assert.deepEqual(
      layout.links.filter((l) => l.evidenceMark).map((l) => l.id),
      ['bc'],
    );
    const inferred = layout.links.find((l) => l.id === 'bc')!;
    const distance = Math.hypot(inferred.evidenceMark!.x - inferred.glyph.x, inferred.evidenceMark!.y - inferred.glyph.y);
    assert.equal(Math.round(distance * 1000) / 1000, gap);
  });

  it('keeps every badge of the Telemark diagram clear of factors and glyphs, and loop markers clear of badges', () => {
    const model = normalize(readJson('examples/data/telemark-agder.json'));
    const g = causalGraphOf(model);
    const layout = layoutCausalLoops({ graph: g, loops: findLoops(model).loops });
    const badges = layout.links.filter((l) => l.evidenceMark);
    assert.equal(badges.length, g.links.filter((l) => l.evidence === 'inferred').length);
    const size = 2 * CLD_METRICS.evidenceMarkRadius;
    const glyph = 2 * CLD_METRICS.glyphRadius;
    for (const l of badges) {
      const box = { ...l.evidenceMark!, width: size, height: size };
      assert.deepEqual(
        layout.nodes.filter((n) => boxesOverlap(box, n, 0)).map((n) => n.id),
        [],
        l.id,
      );
      assert.deepEqual(
        layout.links.filter((o) => o !== l && boxesOverlap(box, { ...o.glyph, width: glyph, height: glyph }, 0)).map((o) => o.id),
        [],
        l.id,
      );
      assert.deepEqual(
        badges.filter((o) => o !== l && boxesOverlap(box, { ...o.evidenceMark!, width: size, height: size }, 0)).map((o) => o.id),
        [],
        l.id,
      );
    }
    const obstacles = loopMarkerObstacles({
      nodes: [],
      links: badges.map((l) => ({ glyph: { x: -1e6, y: -1e6 }, evidenceMark: l.evidenceMark })),
      markers: [],
    });
    for (const marker of layout.markers) {
      const reach = marker.radius + CLD_METRICS.markerClearance;
      const box = { x: marker.x, y: marker.y, width: 2 * reach, height: 2 * reach };
      assert.deepEqual(
        obstacles.filter((o) => o.x > -1e5 && boxesOverlap(box, o, 0)),
        [],
        marker.loopId,
      );
    }
  });
});
