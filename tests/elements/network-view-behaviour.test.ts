/**
 * How `<floke-actor-network>` behaves around its drawing (issue 14): Esc after a pointer selection, zoom limits,
 * refitting to what a filter leaves, labels one size on screen at every zoom, and forced colours.
 */
import { expect } from '@open-wc/testing';
import './lit-dev-warnings.js';
import { emulateMedia, executeServerCommand, resetMouse, sendKeys, setViewport } from '@web/test-runner-commands';
import { visibleExtent } from '../../packages/core/src/actor-network/index.js';
import { renderedFontSize } from './readability.js';
import {
  TELEMARK,
  clickAt,
  loadJson,
  mount,
  networkPoint,
  reset,
  root,
  settle,
  until,
  type FlokeActorNetwork,
  type Mounted,
} from './view-helpers.js';

describe('floke-actor-network around its drawing', function () {
  this.timeout(30000);
  let mounted: Mounted<FlokeActorNetwork>;
  let el: FlokeActorNetwork;

  before(async () => {
    await setViewport({ width: 1200, height: 900 });
    // Refits happen at once under reduced motion, so the tests read the final view.
    await emulateMedia({ reducedMotion: 'reduce' });
    // The width the view gets on a 1280 px page with the gallery's margins.
    mounted = await mount<FlokeActorNetwork>('floke-actor-network', await loadJson(TELEMARK), { width: 1150 });
    el = mounted.el;
  });
  after(async () => {
    mounted.remove();
    await emulateMedia({ reducedMotion: 'no-preference' });
  });
  beforeEach(async () => {
    Object.assign(el, { levels: undefined, sectors: undefined });
    await reset(el);
    el.fitToView();
    await settle(el);
  });
  afterEach(() => resetMouse());

  const stageSize = () => root(el).querySelector('.stage')!.getBoundingClientRect();
  const fittedScale = () => {
    el.fitToView();
    return el.transform.k;
  };

  it('clears a selection made with the pointer on the first Esc, with the pointer still over the node', async () => {
    await clickAt(networkPoint(el, 'udir'));
    await settle(el);
    expect(el.selected).to.equal('udir');
    await sendKeys({ press: 'Escape' });
    await settle(el);
    expect(el.selected).to.equal(undefined);
  });

  it('zooms out no further than the fitted view', async () => {
    const fit = fittedScale();
    for (let i = 0; i < 6; i++) el.zoomBy(0.5);
    await settle(el);
    expect(el.transform.k).to.be.closeTo(fit, 1e-9);
  });

  it('zooms in to eight times the fitted view, and at least to scale 4', async () => {
    const fit = fittedScale();
    for (let i = 0; i < 12; i++) el.zoomBy(2);
    await settle(el);
    expect(el.transform.k).to.be.closeTo(Math.max(fit * 8, 4), 1e-9);
  });

  it('refits to the nodes a filter leaves, without moving them', async () => {
    const before = el.positionOf('udir');
    const wholeScale = el.transform.k;
    el.levels = ['local'];
    await settle(el);
    await until(() => el.transform.k > wholeScale, 'the view zoomed in on the local actors');
    const stage = stageSize();
    const visible = el.network!.network.nodes.filter((n) => el.isVisible(n.id));
    expect(visible.length).to.be.greaterThan(3);
    const points = visible.map((n) => networkPoint(el, n.id));
    for (const [x, y] of points) {
      expect(x, 'inside the stage').to.be.within(stage.left, stage.right);
      expect(y, 'inside the stage').to.be.within(stage.top, stage.bottom);
    }
    // The remaining actors span most of the stage's width or height: they fill the view, not a corner of it.
    const spanX = Math.max(...points.map((p) => p[0])) - Math.min(...points.map((p) => p[0]));
    const spanY = Math.max(...points.map((p) => p[1])) - Math.min(...points.map((p) => p[1]));
    expect(Math.max(spanX / stage.width, spanY / stage.height)).to.be.greaterThan(0.5);
    expect(el.positionOf('udir')).to.deep.equal(before);
    // Fitted exactly: what stays visible is centred in the room between 30 px kept free at the top (for names) and
    // 12 px at the bottom, and fills the room right of the band names' gutter (to the 40 px margin) or that height.
    const extent = visibleExtent(el.network!.layout, el.visibility!.nodes)!;
    const { x, y, k } = el.transform;
    const canvas = root(el).querySelector('canvas')!;
    expect(extent.y * k + y).to.be.closeTo(30 + (canvas.clientHeight - 42) / 2, 0.5);
    const right = (extent.x + extent.width / 2) * k + x;
    const left = (extent.x - extent.width / 2) * k + x;
    expect(left).to.be.greaterThan(80);
    expect(right).to.be.at.most(canvas.clientWidth - 40 + 0.5);
    const fillsWidth = Math.abs(right - (canvas.clientWidth - 40)) < 0.5;
    const fillsHeight = Math.abs(extent.height * k - (canvas.clientHeight - 42)) < 0.5;
    expect(fillsWidth || fillsHeight, 'fills the width or the height').to.equal(true);
  });

  it('draws highlighted labels 12 px on screen at every zoom', async () => {
    el.selected = 'udir';
    await settle(el);
    for (const k of [fittedScale(), 1, 2.5, 4]) {
      el.setTransform({ x: 0, y: 0, k });
      await settle(el);
      const labels = [...root(el).querySelectorAll<SVGTextElement>('svg.overlay text')];
      expect(labels.length, `labels at zoom ${el.transform.k}`).to.be.greaterThan(0);
      for (const text of labels) expect(renderedFontSize(text), text.textContent!).to.be.closeTo(12, 0.01);
    }
  });

  it('names every national body at the fitted view, moving labels out of a crowd and making room, none over another', () => {
    const drawn = el.drawnLabels;
    const labelled = new Set(drawn.map((label) => label.id));
    const national = (el.data as { elements: { id: string; kind: string; level?: string }[] }).elements
      .filter((e) => e.kind === 'actor' && e.level === 'national')
      .map((e) => e.id);
    expect(national).to.have.length(53);
    // Udir, Bufdir and Nav's directorate sit in the densest crowd: they get a leader line out of it.
    for (const id of ['udir', 'bufdir', 'av-dir', 'hk-dir', 'politidirektoratet']) expect(labelled.has(id), id).to.equal(true);
    expect(national.filter((id) => !labelled.has(id))).to.deep.equal([]);
    // And every other actor too, at this default size (at rest, after the search for room).
    const actors = (el.data as { elements: { id: string; kind: string }[] }).elements.filter((e) => e.kind === 'actor');
    expect(actors.filter((e) => !labelled.has(e.id)).map((e) => e.id)).to.deep.equal([]);
    const overlaps = drawn.flatMap((a, i) =>
      drawn.slice(i + 1).filter((b) => a.box.x0 < b.box.x1 && b.box.x0 < a.box.x1 && a.box.y0 < b.box.y1 && b.box.y0 < a.box.y1),
    );
    expect(overlaps).to.deep.equal([]);
  });

  it('keeps every label clear of the selection badge', async () => {
    // Bufdir sits in the densest crowd: before, a neighbour's canvas label ran under its badge.
    for (const id of ['bufdir', 'udir', 'ks']) {
      el.selected = id;
      await settle(el, 4);
      const badge = root(el).querySelector('svg.overlay .selection-badge')!.getBoundingClientRect();
      const canvas = root(el).querySelector('canvas')!.getBoundingClientRect();
      const b = { x0: badge.left - canvas.left, x1: badge.right - canvas.left, y0: badge.top - canvas.top, y1: badge.bottom - canvas.top };
      const under = el.drawnLabels.filter(({ box }) => box.x0 < b.x1 && b.x0 < box.x1 && box.y0 < b.y1 && b.y0 < box.y1);
      expect(
        under.map((l) => l.id),
        `labels under ${id}'s badge`,
      ).to.deep.equal([]);
    }
  });

  it('puts a label right beside its symbol when there is room, with no leader line', async () => {
    el.levels = ['local'];
    await settle(el, 3);
    const node = el.network!.layout.nodes.find((n) => n.id === 'flekkefjord')!;
    const { x, y, k } = el.transform;
    const label = el.drawnLabels.find((l) => l.id === 'flekkefjord')!;
    const [cx, cy, r] = [node.x * k + x, node.y * k + y, node.radius * k];
    // Below, right, left or above: within the label gap (3 px) of the symbol's edge, not out on a leader line.
    const gap = Math.min(
      Math.abs(label.box.y0 - (cy + r)),
      Math.abs(label.box.x0 - (cx + r)),
      Math.abs(cx - r - label.box.x1),
      Math.abs(cy - r - label.box.y1),
    );
    expect(gap).to.be.at.most(3.5);
  });

  it('keeps the band names in a gutter left of the fitted drawing', () => {
    const { x, k } = el.transform;
    const leftmost = Math.min(...el.network!.layout.nodes.map((node) => (node.x - node.radius) * k + x));
    expect(leftmost).to.be.greaterThan(8 + 80);
  });

  it('keeps its controls in one row, so the drawing starts within 120 px of the top', () => {
    const top = el.getBoundingClientRect().top;
    const controls = ['input[type="search"]', 'details.filter-menu > summary', '[data-action="zoom-in"]', '[data-action="download"]'].map(
      (selector) => root(el).querySelector(selector)!.getBoundingClientRect(),
    );
    for (const box of controls) expect(box.bottom).to.be.closeTo(controls[0]!.bottom, 4);
    expect(root(el).querySelector('.stage')!.getBoundingClientRect().top - top).to.be.at.most(120);
  });

  it('opens its filter menu over the drawing and closes it with Esc, focus back on "Filter", selection kept', async () => {
    el.selected = 'ks';
    await settle(el);
    const menu = root(el).querySelector<HTMLDetailsElement>('details.filter-menu')!;
    const summary = menu.querySelector('summary')!;
    summary.focus();
    await sendKeys({ press: 'Enter' });
    expect(menu.open).to.equal(true);
    const panel = menu.querySelector('.filter-panel')!.getBoundingClientRect();
    expect(panel.top).to.be.greaterThan(summary.getBoundingClientRect().bottom - 1);
    root(el).querySelector<HTMLInputElement>('input[data-level="national"]')!.focus();
    await sendKeys({ press: 'Escape' });
    expect(menu.open).to.equal(false);
    expect(root(el).activeElement).to.equal(summary);
    expect(el.selected).to.equal('ks');
  });

  it('filters sectors from the legend beside the drawing', async () => {
    const legend = root(el).querySelector('.side .network-legend')!;
    const research = legend.querySelector<HTMLInputElement>('input[data-sector="research"]')!;
    research.click();
    await settle(el);
    expect(el.sectors).to.not.include('research');
    expect(el.sectors).to.include('public');
    expect(root(el).querySelector('.toolbar .status')!.textContent).to.match(/^Viser \d+ av 81$/);
    research.click();
    await settle(el);
    expect(el.sectors).to.equal(undefined);
  });

  describe('in forced colours', () => {
    before(() => executeServerCommand('floke-emulate-media', [{ name: 'forced-colors', value: 'active' }]));
    after(() => executeServerCommand('floke-emulate-media', []));

    /** The canvas colour (r, g, b) at a client point. */
    const pixelAt = ([x, y]: [number, number]) => {
      const canvas = root(el).querySelector('canvas')!;
      const box = canvas.getBoundingClientRect();
      const ratio = canvas.width / box.width;
      const data = canvas.getContext('2d')!.getImageData(Math.round((x - box.left) * ratio), Math.round((y - box.top) * ratio), 1, 1).data;
      return [data[0], data[1], data[2]];
    };

    it('paints marks in a colour other than the background', async () => {
      await until(() => matchMedia('(forced-colors: active)').matches, 'forced colours are emulated');
      el.fitToView();
      await settle(el, 4);
      const stage = stageSize();
      const background = pixelAt([stage.left + 2, stage.bottom - 2]);
      const node = pixelAt(networkPoint(el, 'udir'));
      expect(node).not.to.deep.equal(background);
    });

    it('keeps the selection ring visible and unlike the focus outline', async () => {
      el.selected = 'udir';
      await settle(el);
      const ring = root(el).querySelector('.selected-ring')!;
      const style = getComputedStyle(ring);
      expect(style.stroke).not.to.equal(getComputedStyle(root(el).querySelector('.stage')!).backgroundColor);
      expect(parseFloat(style.strokeWidth)).to.be.at.least(4);
      expect(style.strokeDasharray).to.equal('none');
    });
  });
});
