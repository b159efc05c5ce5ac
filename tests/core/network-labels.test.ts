import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { normalize } from '../../packages/core/src/index.js';
import {
  NETWORK_NODE_METRICS,
  computeActorNetworkView,
  networkLabelBox,
  networkLabelScale,
  networkLabelText,
  unclutteredLabels,
  type NetworkNodeLayout,
} from '../../packages/core/src/actor-network/index.js';
import { readJson } from './helpers.js';

const node = (x: number, y: number, width = 80, lines = ['Skole', 'og NAV']) => ({
  x,
  y,
  radius: 8,
  box: { x, y: y + 10, width, height: 50 },
  lines,
});

/** The label arithmetic written out independently (12 px text, 15 px lines, 3 px gap, same size on screen): the oracle. */
function elementBox(n: Pick<NetworkNodeLayout, 'x' | 'y' | 'radius' | 'box' | 'lines'>, k: number) {
  const scale = 1 / k;
  const x = n.x * k;
  const y = (n.y + n.radius) * k;
  const half = (n.box.width * scale * k) / 2;
  return { x0: x - half, x1: x + half, y0: y, y1: y + (3 + n.lines.length * 15) * scale * k };
}
function elementText(n: Pick<NetworkNodeLayout, 'x' | 'y' | 'radius' | 'lines'>, zoom: number) {
  const scale = 1 / zoom;
  return {
    fontSize: 12 * scale,
    haloWidth: 3 * scale,
    lines: n.lines.map((text, k) => ({ text, x: n.x, y: n.y + n.radius + (3 + 11 + k * 15) * scale })),
  };
}

describe('network label geometry', () => {
  it('names the sizes the element drew with as numbers', () => {
    const { fontSize, lineHeight, labelGap, labelAscent, labelHalo } = NETWORK_NODE_METRICS;
    assert.deepEqual(
      { fontSize, lineHeight, labelGap, labelAscent, labelHalo },
      { fontSize: 12, lineHeight: 15, labelGap: 3, labelAscent: 11, labelHalo: 3 },
    );
  });

  it('scales labels by 1/zoom, so they stay 12 px on screen zoomed in and out', () => {
    assert.equal(networkLabelScale(2), 0.5);
    assert.equal(networkLabelScale(1), 1);
    assert.equal(networkLabelScale(0.5), 2);
    assert.equal(networkLabelScale(0.25), 4);
  });

  it('puts the label box under the symbol, as wide as the node box, lines 15 px apart after a 3 px gap', () => {
    const n = node(100, 50);
    assert.deepEqual(networkLabelBox(n, 1), { x0: 60, x1: 140, y0: 58, y1: 91 });
    // Zoomed in or out, the box under the moved symbol has the same size on screen as at zoom 1.
    assert.deepEqual(networkLabelBox(n, 2), { x0: 160, x1: 240, y0: 116, y1: 149 });
    assert.deepEqual(networkLabelBox(n, 0.5), { x0: 10, x1: 90, y0: 29, y1: 62 });
    assert.deepEqual(networkLabelBox(node(0, 0, 40, ['One line']), 1), { x0: -20, x1: 20, y0: 8, y1: 26 });
  });

  it('places the text lines on their baselines with font and halo scaled alike', () => {
    assert.deepEqual(networkLabelText(node(100, 50), 2), {
      fontSize: 6,
      haloWidth: 1.5,
      lines: [
        { text: 'Skole', x: 100, y: 65 },
        { text: 'og NAV', x: 100, y: 72.5 },
      ],
    });
    assert.deepEqual(networkLabelText(node(100, 50), 0.5), {
      fontSize: 24,
      haloWidth: 6,
      lines: [
        { text: 'Skole', x: 100, y: 86 },
        { text: 'og NAV', x: 100, y: 116 },
      ],
    });
  });

  it('matches what the element computed for every node of the Telemark network at several zooms', () => {
    const model = normalize(readJson('examples/data/telemark-agder.json'));
    const { layout } = computeActorNetworkView({ model, mode: 'two-mode' });
    for (const k of [0.13, 0.5, 0.8, 1, 1.7, 4])
      for (const n of layout.nodes) {
        assert.deepEqual(networkLabelBox(n, k), elementBox(n, k), `${n.id} at ${k}`);
        assert.deepEqual(networkLabelText(n, k), elementText(n, k), `${n.id} at ${k}`);
      }
  });
});

describe('unclutteredLabels', () => {
  // 0 and 1 overlap; 2 is far away; 3 only touches 0's right edge (x1 = 40 = x0), which is not an overlap.
  const nodes = [node(0, 0), node(30, 10), node(400, 0), node(80, 0)];

  it('keeps the labels that come first and drops those that would overprint them', () => {
    assert.deepEqual(
      unclutteredLabels([0, 1, 2], nodes, 1).map((l) => l.index),
      [0, 2],
    );
    assert.deepEqual(
      unclutteredLabels([1, 0, 2], nodes, 1).map((l) => l.index),
      [1, 2],
    );
    assert.deepEqual(
      unclutteredLabels([0, 3], nodes, 1).map((l) => l.index),
      [0, 3],
    );
  });

  it('returns each kept label with its box', () => {
    assert.deepEqual(unclutteredLabels([2, 0], nodes, 1), [
      { index: 2, box: networkLabelBox(nodes[2]!, 1) },
      { index: 0, box: { x0: -40, x1: 40, y0: 8, y1: 41 } },
    ]);
  });

  it('lets labels that collide zoomed out come apart when zoomed in', () => {
    const apart = [node(0, 0), node(100, 0)];
    assert.deepEqual(
      unclutteredLabels([0, 1], apart, 0.5).map((l) => l.index),
      [0],
    );
    assert.deepEqual(
      unclutteredLabels([0, 1], apart, 2).map((l) => l.index),
      [0, 1],
    );
  });
});
