/**
 * `<floke-causal-loops>` reads at a glance at its default size (issue #13): text never below 12 CSS px, named loops
 * drawn as rings, each sign by its own arrowhead, the same layout in every language, nothing painted over a label
 * (with and without WCAG 1.4.12 text spacing), and a click on any factor selects it.
 */
import { expect } from '@open-wc/testing';
import './lit-dev-warnings.js';
import { setViewport } from '@web/test-runner-commands';
import { applyTextSpacing, boxesOf, drawnTexts, overflowing, overlappingPairs, selectedByClickOn } from './readability.js';
import { TELEMARK, loadJson, mount, root, settle, until, type FlokeCausalLoops, type Mounted } from './view-helpers.js';

/** Centre of an element on screen. */
const centreOf = (e: Element) => {
  const box = e.getBoundingClientRect();
  return { x: box.left + box.width / 2, y: box.top + box.height / 2 };
};

/** Centre of an arrowhead on screen: the mean of its triangle's three corners. */
function arrowheadCentre(arrow: SVGPathElement) {
  const corners = [...arrow.getAttribute('d')!.matchAll(/(-?[\d.]+),(-?[\d.]+)/g)].map((m) => new DOMPoint(Number(m[1]), Number(m[2])));
  const ctm = arrow.getScreenCTM()!;
  const onScreen = corners.map((p) => p.matrixTransform(ctm));
  return { x: onScreen.reduce((s, p) => s + p.x, 0) / 3, y: onScreen.reduce((s, p) => s + p.y, 0) / 3 };
}

/** Each factor's box position in the drawing's own coordinates, by id (the `g.node` translate). */
const nodePositions = (el: FlokeCausalLoops) =>
  Object.fromEntries([...root(el).querySelectorAll<SVGGElement>('g.node')].map((n) => [n.dataset.id!, n.getAttribute('transform')]));

/** Whether points lie round their centroid in the given cyclic order, either way round (see the core test for why). */
function inRingOrder(points: readonly { x: number; y: number }[]): boolean {
  const n = points.length;
  const cx = points.reduce((s, p) => s + p.x, 0) / n;
  const cy = points.reduce((s, p) => s + p.y, 0) / n;
  const order = points
    .map((p, i) => ({ i, a: Math.atan2(p.y - cy, p.x - cx) }))
    .sort((a, b) => a.a - b.a)
    .map((e) => e.i);
  const start = order.indexOf(0);
  const rotated = [...order.slice(start), ...order.slice(0, start)];
  return rotated.every((v, k) => v === k) || rotated.every((v, k) => v === (n - k) % n);
}

/** The boxes a label must keep clear of: other labels' boxes and the loop markers (face and turning arrow). */
function coveredLabels(el: FlokeCausalLoops): string[] {
  const labels = boxesOf(el, 'g.node rect.node-box', (e) => (e.closest('g.node') as SVGGElement).dataset.id!);
  const markers = boxesOf(el, 'g.marker', (e) => `marker ${(e as SVGGElement).dataset.loopId}`);
  const texts = boxesOf(el, 'g.node text.node-label', (e) => `label of ${(e.closest('g.node') as SVGGElement).dataset.id}`);
  return [...overlappingPairs(labels), ...overlappingPairs(labels, markers), ...overlappingPairs(texts, markers)];
}

describe('floke-causal-loops readable at a glance (Telemark, 1280 px)', function () {
  this.timeout(120000);
  let mounted: Mounted<FlokeCausalLoops>;
  let el: FlokeCausalLoops;

  before(async () => {
    await setViewport({ width: 1280, height: 900 });
    mounted = await mount<FlokeCausalLoops>('floke-causal-loops', await loadJson(TELEMARK), { width: 1216 });
    el = mounted.el;
    await settle(el);
  });
  after(() => mounted.remove());

  it('draws every text at 12 CSS px or more at the default size', () => {
    const texts = drawnTexts(el);
    const { nodes, links, markers } = el.layout!.layout;
    // Every label, sign and marker code is measured (the "?" badges too).
    expect(texts.length).to.be.at.least(nodes.length + links.length + markers.length);
    expect(texts[0]!.size, `smallest: "${texts[0]!.text}"`).to.be.at.least(12);
    // The factor labels are drawn at their designed 14 px: the drawing is not shrunk to fit.
    const labels = texts.filter((t) => el.layout!.layout.nodes.some((n) => n.lines.join(' ').replace(/- /g, '-') === t.text));
    expect(labels.length).to.be.greaterThan(20);
    for (const label of labels) expect(label.size).to.be.closeTo(14, 0.01);
  });

  it('opens centred on the named loops: the middle of the stage shows their focus box', () => {
    const svg = root(el).querySelector('svg.diagram')!;
    const stage = centreOf(svg);
    const { focus } = el.layout!.layout;
    const viewport = root(el).querySelector<SVGGElement>('g.viewport')!.getScreenCTM()!;
    const focusOnScreen = { x: viewport.e + focus.x * viewport.a, y: viewport.f + focus.y * viewport.d };
    const box = svg.getBoundingClientRect();
    // Centred, unless that would show empty space beyond the drawing's edge.
    expect(
      Math.abs(focusOnScreen.x - stage.x) < 1 ||
        Math.abs(viewport.e - box.left) < 1 ||
        viewport.e + el.layout!.layout.width - box.right < 1,
    ).to.equal(true);
    expect(viewport.a).to.equal(1);
  });

  it('draws each named loop as a ring: its members lie round their centroid in loop order', () => {
    const loops = el.loops.filter((loop) => loop.name);
    expect(loops.length).to.equal(9);
    const broken = loops.filter(
      (loop) =>
        !inRingOrder(loop.members.map((id) => centreOf(root(el).querySelector(`g.node[data-id="${CSS.escape(id)}"] rect.node-box`)!))),
    );
    expect(broken.map((loop) => loop.name)).to.deep.equal([]);
  });

  it('puts every polarity sign nearer its own arrowhead than any other link’s', () => {
    const links = [...root(el).querySelectorAll<SVGGElement>('g.link')].map((g) => ({
      id: g.dataset.linkId!,
      sign: centreOf(g.querySelector('.glyph circle')!),
      head: arrowheadCentre(g.querySelector<SVGPathElement>('path.arrow')!),
    }));
    expect(links.length).to.equal(50);
    const far = links.flatMap((link) => {
      const own = Math.hypot(link.sign.x - link.head.x, link.sign.y - link.head.y);
      const rival = links.find((other) => other !== link && Math.hypot(link.sign.x - other.head.x, link.sign.y - other.head.y) <= own);
      return rival ? [`${link.id} nearer ${rival.id}`] : [];
    });
    expect(far).to.deep.equal([]);
  });

  it('keeps every label clear of other labels and loop markers, and inside its box', () => {
    expect(coveredLabels(el)).to.deep.equal([]);
    expect(overflowing(el, 'g.node', 'rect.node-box', 'text.node-label')).to.deep.equal([]);
  });

  it('selects every factor with a click on the centre of its box and of its label', async () => {
    const missed: string[] = [];
    for (const node of el.layout!.layout.nodes) {
      // Pan it into view with the view's own API (the stage shows part of the drawing at 1:1).
      el.focusElement(node.id);
      await settle(el);
      const g = root(el).querySelector(`g.node[data-id="${CSS.escape(node.id)}"]`)!;
      if ((await selectedByClickOn(el, g.querySelector('rect.node-box')!)) !== node.id) missed.push(`${node.id} (box)`);
      if ((await selectedByClickOn(el, g.querySelector('text.node-label')!)) !== node.id) missed.push(`${node.id} (label)`);
    }
    expect(missed).to.deep.equal([]);
  });

  it('under WCAG 1.4.12 text spacing, re-wraps labels that still fit their boxes and cover nothing', async () => {
    const before = el.layout;
    const remove = applyTextSpacing();
    try {
      await until(() => el.layout !== before, 'a new layout under text spacing', 30000);
      await settle(el);
      expect(el.layout!.layout.nodes.some((n, i) => n.width > before!.layout.nodes[i]!.width)).to.equal(true);
      expect(overflowing(el, 'g.node', 'rect.node-box', 'text.node-label')).to.deep.equal([]);
      expect(coveredLabels(el)).to.deep.equal([]);
      expect(drawnTexts(el)[0]!.size).to.be.at.least(12);
    } finally {
      remove();
      await until(() => el.layout?.layout.nodes[0]?.width === before!.layout.nodes[0]!.width, 'the plain layout again', 30000);
    }
  });
});

describe('floke-causal-loops: one layout for every language', function () {
  this.timeout(60000);

  it('puts every factor at the same position in nb and en', async () => {
    await setViewport({ width: 1280, height: 900 });
    const data = await loadJson(TELEMARK);
    const nb = await mount<FlokeCausalLoops>('floke-causal-loops', data, { lang: 'nb', width: 1216 });
    const en = await mount<FlokeCausalLoops>('floke-causal-loops', data, { lang: 'en', width: 1216 });
    try {
      const label = (el: FlokeCausalLoops) => el.layout!.layout.nodes.find((n) => n.id === 'samarbeid')!.label;
      expect(label(nb.el)).to.not.equal(label(en.el));
      expect(nodePositions(en.el)).to.deep.equal(nodePositions(nb.el));
    } finally {
      nb.remove();
      en.remove();
    }
  });
});

describe('floke-causal-loops at 360 px, drawn (display="diagram")', function () {
  this.timeout(60000);

  it('draws every text at 12 CSS px or more', async () => {
    await setViewport({ width: 360, height: 800 });
    const mounted = await mount<FlokeCausalLoops>('floke-causal-loops', await loadJson(TELEMARK), {
      width: 328,
      attributes: { display: 'diagram' },
    });
    try {
      await settle(mounted.el);
      const texts = drawnTexts(mounted.el);
      const { nodes, links, markers } = mounted.el.layout!.layout;
      expect(texts.length).to.be.at.least(nodes.length + links.length + markers.length);
      expect(texts[0]!.size, `smallest: "${texts[0]!.text}"`).to.be.at.least(12);
    } finally {
      mounted.remove();
    }
  });
});
