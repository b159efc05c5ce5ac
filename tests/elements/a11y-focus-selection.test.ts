/**
 * Focus and selection told apart by shape in every drawing (issue 16): keyboard focus is a dashed rectangle around
 * the mark (its outline); the selection is a solid ring on the mark's own shape plus a filled badge with a check
 * mark. Each test selects one mark, moves keyboard focus to another with an arrow key, and reads what is painted.
 */
import { expect } from '@open-wc/testing';
import './lit-dev-warnings.js';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import {
  TELEMARK,
  activeId,
  loadJson,
  mount,
  reset,
  root,
  settle,
  until,
  type DrawingView,
  type Mounted,
  type ViewTag,
} from './view-helpers.js';

/** For each view: the mark of an element, the ring the selection paints on it, and an element to start from. */
const VIEWS: Record<ViewTag, { mark: (id: string) => string; ring: (id: string) => string; start: string }> = {
  'floke-iceberg': { mark: (id) => `g.chip[data-id="${id}"]`, ring: (id) => `g.chip[data-id="${id}"] rect.chip-box`, start: 'frafall' },
  'floke-horizons': {
    mark: (id) => `g.marker[data-id="${id}"]`,
    ring: (id) => `g.marker[data-id="${id}"] circle`,
    start: 'h1-linjestyring',
  },
  'floke-causal-loops': {
    mark: (id) => `g.node[data-id="${id}"]`,
    ring: (id) => `g.node[data-id="${id}"] rect.node-box`,
    start: 'utenforskap',
  },
  'floke-actor-network': { mark: (id) => `svg.overlay g.node[data-id="${id}"]`, ring: () => 'circle.selected-ring', start: 'hdir' },
};

const overlaps = (a: DOMRect, b: DOMRect) => a.left <= b.right && b.left <= a.right && a.top <= b.bottom && b.top <= a.bottom;

for (const [tag, view] of Object.entries(VIEWS) as [ViewTag, (typeof VIEWS)[ViewTag]][]) {
  describe(`focus and selection: ${tag}`, function () {
    this.timeout(30000);
    let mounted: Mounted<DrawingView>;
    let el: DrawingView;

    before(async () => {
      await setViewport({ width: 1280, height: 900 });
      mounted = await mount(tag, await loadJson(TELEMARK), { width: 1200 });
      el = mounted.el;
    });
    after(() => mounted.remove());

    it('paints the selection as a solid ring with a check badge, and focus as a dashed rectangle without one', async () => {
      await reset(el);
      const selected = view.start;
      el.selected = selected;
      el.focusElement(selected);
      await until(() => activeId(el) === selected, `focus on ${selected}`);
      await sendKeys({ press: 'ArrowRight' });
      await settle(el);
      const focused = activeId(el)!;
      expect(focused, 'the arrow moved focus on').to.not.equal(selected);
      expect(el.selected).to.equal(selected);

      const shadow = root(el);
      const focusMark = shadow.querySelector(view.mark(focused))!;
      const ring = shadow.querySelector(view.ring(selected))!;
      // Focus: the dashed rectangle.
      expect(getComputedStyle(focusMark).outlineStyle).to.equal('dashed');
      expect(parseFloat(getComputedStyle(focusMark).outlineOffset)).to.be.greaterThan(0);
      // Selection: a solid ring in the selection colour, and one badge, a filled disc with a check mark, on it.
      expect(getComputedStyle(ring).strokeDasharray).to.equal('none');
      const badges = [...shadow.querySelectorAll('.selection-badge')];
      expect(badges).to.have.length(1);
      const badge = badges[0]!;
      expect(badge.querySelector('circle')!.getAttribute('r')).to.equal('7');
      expect(getComputedStyle(badge.querySelector('circle')!).fill).to.equal(getComputedStyle(ring).stroke);
      expect(badge.querySelector('path')!.getAttribute('d')).to.match(/^M-3\.5,0\.2 L-1\.1,2\.6 L3\.6,-2\.4$/);
      expect(overlaps(badge.getBoundingClientRect(), ring.getBoundingClientRect()), 'the badge sits on the selected mark').to.equal(true);
      // The badge does not sit on the focused mark, and the selected mark has no dashed outline.
      expect(overlaps(badge.getBoundingClientRect(), focusMark.getBoundingClientRect()), 'no badge on the focused mark').to.equal(false);
      if (tag !== 'floke-actor-network') expect(getComputedStyle(shadow.querySelector(view.mark(selected))!).outlineStyle).to.equal('none');
    });

    it('draws no badge when nothing is selected', async () => {
      await reset(el);
      el.focusElement(view.start);
      await until(() => activeId(el) === view.start, `focus on ${view.start}`);
      expect(root(el).querySelectorAll('.selection-badge')).to.have.length(0);
    });
  });
}

describe('one tab stop per drawing', function () {
  this.timeout(30000);
  before(() => setViewport({ width: 1280, height: 900 }));

  // Chromium makes an SVG element with focus listeners a tab stop of its own: an extra stop before the marks, on the
  // whole drawing, where the arrow keys did nothing (found walking the views with the keyboard).
  for (const tag of ['floke-iceberg', 'floke-horizons'] as const) {
    it(`${tag}: Tab from the control before the drawing lands on a mark, not on the drawing`, async () => {
      const mounted = await mount(tag, await loadJson(TELEMARK), { width: 1200 });
      try {
        const shadow = root(mounted.el);
        const drawing = shadow.querySelector('svg[part="diagram"]')!;
        const controls = [...shadow.querySelectorAll<HTMLElement>('button, input, select, summary, a[href]')].filter(
          (c) => c.getClientRects().length > 0 && c.compareDocumentPosition(drawing) & Node.DOCUMENT_POSITION_FOLLOWING,
        );
        controls.at(-1)!.focus();
        await sendKeys({ press: 'Tab' });
        await settle(mounted.el);
        const active = shadow.activeElement!;
        expect(active.localName).to.equal('g');
        expect(active.getAttribute('role')).to.equal('button');
      } finally {
        mounted.remove();
      }
    });
  }
});

describe('the tab stop follows a selection made from outside', function () {
  this.timeout(30000);
  before(() => setViewport({ width: 1280, height: 900 }));

  // The explorer's deep links select before the view is drawn; Tab into the drawing then landed on its first mark.
  for (const [tag, id] of [
    ['floke-iceberg', 'starte-pa-nytt'],
    ['floke-causal-loops', 'utenforskap'],
  ] as const) {
    it(`${tag}: selected before it is drawn, and after`, async () => {
      const mounted = await mount(tag, await loadJson(TELEMARK), { width: 1200, attributes: { selected: id } });
      try {
        const tabStops = () => [...root(mounted.el).querySelectorAll<SVGElement>('svg [tabindex="0"]')].map((m) => m.dataset.id);
        expect(tabStops()).to.deep.equal([id]);
        mounted.el.selected = VIEWS[tag].start === id ? 'fattigdom' : VIEWS[tag].start;
        await settle(mounted.el);
        expect(tabStops()).to.deep.equal([mounted.el.selected]);
      } finally {
        mounted.remove();
      }
    });
  }
});
