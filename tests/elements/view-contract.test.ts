/**
 * The view contract (issue 11): the four drawing views behave alike for the narrow form, Esc, selection, export, the
 * toolbar and `floke-ready`. One parametrised describe per view, the same expectations for each.
 */
import { expect, fixture, html } from '@open-wc/testing';
import './lit-dev-warnings.js';
import { resetMouse, sendKeys, setViewport } from '@web/test-runner-commands';
import {
  MINIMAL,
  clickAt,
  loadJson,
  matchIds,
  mount,
  moveTo,
  pointOf,
  record,
  reset,
  root,
  searchField,
  setSearch,
  settle,
  until,
  type DrawingView,
  type FlokeActorNetwork,
  type FlokeCausalLoops,
  type FlokeHorizons,
  type FlokeIceberg,
  type Mounted,
  type ViewTag,
} from './view-helpers.js';

type Selection = { id: string | null; kind: string | null };

interface ViewCase {
  readonly tag: ViewTag;
  readonly narrowWidth: number;
  /** What the narrow form shows, and what the drawing shows. */
  readonly narrowForm: string;
  readonly diagramForm: string;
  /** An element of minimal.json drawn in this view, its kind and a search that finds it. */
  readonly item: { readonly id: string; readonly kind: string; readonly search: string };
  /** The toolbar's buttons, in order. */
  readonly actions: readonly string[];
  /** Width and height of the drawing the export must have. */
  readonly size: (el: DrawingView) => { width: number; height: number };
}

const VIEWS: readonly ViewCase[] = [
  {
    tag: 'floke-iceberg',
    narrowWidth: 480,
    narrowForm: '[part="list"]',
    diagramForm: 'svg.iceberg',
    item: { id: 'exclusion', kind: 'factor', search: 'exclu' },
    actions: ['download'],
    size: (el) => (el as FlokeIceberg).layout!,
  },
  {
    tag: 'floke-horizons',
    narrowWidth: 560,
    narrowForm: '[part="timeline"]',
    diagramForm: 'svg.horizons',
    item: { id: 'mentoring', kind: 'initiative', search: 'mentor' },
    actions: ['download'],
    size: (el) => (el as FlokeHorizons).layout!,
  },
  {
    tag: 'floke-causal-loops',
    narrowWidth: 720,
    narrowForm: '.layout.narrow',
    diagramForm: '.layout:not(.narrow) svg.diagram',
    item: { id: 'exclusion', kind: 'factor', search: 'exclu' },
    actions: ['zoom-in', 'zoom-out', 'fit', 'download'],
    size: (el) => (el as FlokeCausalLoops).layout!.layout,
  },
  {
    tag: 'floke-actor-network',
    narrowWidth: 720,
    narrowForm: '.layout.narrow',
    diagramForm: '.layout:not(.narrow) svg.overlay',
    item: { id: 'school', kind: 'actor', search: 'school' },
    actions: ['zoom-in', 'zoom-out', 'fit', 'download'],
    size: (el) => (el as FlokeActorNetwork).network!.layout,
  },
];

/** The toolbar's accessible names in nb: the same words in every view. */
const BUTTON_NAMES: Record<string, string> = { 'zoom-in': 'Zoom inn', 'zoom-out': 'Zoom ut', fit: 'Vis alt', download: 'Last ned SVG' };

const accessibleName = (button: HTMLElement) => button.getAttribute('aria-label') ?? button.textContent!.replace(/\s+/g, ' ').trim();
const toolbarButtons = (el: Element) => [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('[part="toolbar"] button[data-action]')];

for (const view of VIEWS) {
  describe(`${view.tag} follows the view contract`, function () {
    this.timeout(20000);
    let data: unknown;
    let shared: Mounted<DrawingView>;

    before(async () => {
      await setViewport({ width: 1200, height: 900 });
      data = await loadJson(MINIMAL);
      shared = await mount(view.tag, data);
    });
    after(() => shared.remove());
    beforeEach(() => reset(shared.el));
    afterEach(() => resetMouse());

    // ——— Narrow form ———

    it(`is narrow below its narrowWidth (${view.narrowWidth} px): the narrow attribute and the narrow form`, async () => {
      expect((customElements.get(view.tag) as unknown as { narrowWidth: number }).narrowWidth).to.equal(view.narrowWidth);
      const { el, remove } = await mount(view.tag, data, { width: view.narrowWidth - 40 });
      try {
        await until(() => el.hasAttribute('narrow') && root(el).querySelector(view.narrowForm), 'narrow form shown');
        expect(el.narrow).to.equal(true);
        expect(root(el).querySelector(view.diagramForm)).to.equal(null);
      } finally {
        remove();
      }
    });

    it('is not narrow at its narrowWidth and above', async () => {
      const { el, remove } = await mount(view.tag, data, { width: view.narrowWidth + 20 });
      try {
        await until(() => el.width > 0, 'width measured');
        await settle(el);
        expect(el.hasAttribute('narrow')).to.equal(false);
        expect(root(el).querySelector(view.narrowForm)).to.equal(null);
        expect(root(el).querySelector(view.diagramForm)).to.not.equal(null);
      } finally {
        remove();
      }
    });

    it('display="list" forces the narrow form at a wide width', async () => {
      const { el, remove } = await mount(view.tag, data, { width: 1000, attributes: { display: 'list' } });
      try {
        await until(() => el.hasAttribute('narrow') && root(el).querySelector(view.narrowForm), 'narrow form shown');
        expect(root(el).querySelector(view.diagramForm)).to.equal(null);
      } finally {
        remove();
      }
    });

    it('display="diagram" forbids the narrow form at a narrow width', async () => {
      const { el, remove } = await mount(view.tag, data, { width: view.narrowWidth - 40, attributes: { display: 'diagram' } });
      try {
        await until(() => el.width > 0, 'width measured');
        await settle(el);
        expect(el.width).to.be.below(view.narrowWidth);
        expect(el.hasAttribute('narrow')).to.equal(false);
        expect(root(el).querySelector(view.narrowForm)).to.equal(null);
        expect(root(el).querySelector(view.diagramForm)).to.not.equal(null);
      } finally {
        remove();
      }
    });

    // ——— Esc ———

    it('Esc clears the search first and keeps the selection; the second Esc clears the selection', async () => {
      const { el } = shared;
      el.selected = view.item.id;
      await setSearch(el, view.item.search);
      expect(matchIds(el), 'the search marks its match').to.deep.equal([view.item.id]);
      el.focusElement(view.item.id);
      await until(() => root(el).activeElement?.getAttribute('data-id') === view.item.id, 'focus on the element');
      const selections = record<Selection>(el, 'floke-select');
      await sendKeys({ press: 'Escape' });
      await settle(el);
      expect(searchField(el).value).to.equal('');
      expect(matchIds(el)).to.deep.equal([]);
      expect(el.selected).to.equal(view.item.id);
      expect(selections.details).to.deep.equal([]);
      await sendKeys({ press: 'Escape' });
      await settle(el);
      selections.stop();
      expect(el.selected).to.equal(undefined);
      expect(el.hasAttribute('selected')).to.equal(false);
      expect(selections.details).to.deep.equal([{ id: null, kind: null }]);
    });

    // ——— Selection ———

    it('a click selects: floke-select with {id, kind} and the selected attribute', async () => {
      const { el } = shared;
      const selections = record<Selection>(el, 'floke-select');
      await clickAt(pointOf(el, view.item.id));
      await settle(el);
      selections.stop();
      expect(selections.details).to.deep.equal([{ id: view.item.id, kind: view.item.kind }]);
      expect(el.getAttribute('selected')).to.equal(view.item.id);
    });

    it('a second click on the selected element clears the selection', async () => {
      const { el } = shared;
      await clickAt(pointOf(el, view.item.id));
      await settle(el);
      expect(el.selected).to.equal(view.item.id);
      const selections = record<Selection>(el, 'floke-select');
      await clickAt(pointOf(el, view.item.id));
      await settle(el);
      selections.stop();
      expect(selections.details).to.deep.equal([{ id: null, kind: null }]);
      expect(el.hasAttribute('selected')).to.equal(false);
    });

    it('setting selected programmatically reflects it and emits nothing', async () => {
      const { el } = shared;
      const selections = record<Selection>(el, 'floke-select');
      el.selected = view.item.id;
      await settle(el);
      el.selected = undefined;
      await settle(el);
      el.setAttribute('selected', view.item.id);
      await settle(el);
      selections.stop();
      expect(el.getAttribute('selected')).to.equal(view.item.id);
      expect(selections.details).to.deep.equal([]);
    });

    // ——— Export and toolbar ———

    it('toSVG() returns a standalone SVG the size of the layout, with no custom property left', () => {
      const { el } = shared;
      const text = el.toSVG();
      expect(text.startsWith('<svg')).to.equal(true);
      const parsed = new DOMParser().parseFromString(text, 'image/svg+xml');
      expect(parsed.querySelector('parsererror')).to.equal(null);
      const svg = parsed.documentElement;
      expect(svg.namespaceURI).to.equal('http://www.w3.org/2000/svg');
      expect(text).to.match(/^<svg [^>]*xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
      const { width, height } = view.size(el);
      expect(Number(svg.getAttribute('width'))).to.equal(width);
      expect(Number(svg.getAttribute('height'))).to.equal(height);
      expect(text).to.not.contain('var(--');
    });

    it('has the toolbar of its kind, with the same accessible names as every other view', () => {
      const buttons = toolbarButtons(shared.el);
      expect(buttons.map((b) => b.dataset.action)).to.deep.equal(view.actions);
      expect(Object.fromEntries(buttons.map((b) => [b.dataset.action, accessibleName(b)]))).to.deep.equal(
        Object.fromEntries(view.actions.map((action) => [action, BUTTON_NAMES[action]])),
      );
      // The search field comes first, with the same label everywhere.
      const row = root(shared.el).querySelector('[part="toolbar"] .toolbar-row')!;
      expect(row.firstElementChild!.matches('label.search')).to.equal(true);
      expect(row.querySelector('label.search')!.textContent!.trim()).to.equal('Søk');
    });

    // ——— floke-ready ———

    it('fires floke-ready once per model: not again on selection, hover, search or resize; once more for new data', async () => {
      const { el, container, remove } = await mount(view.tag, data, { noWait: true });
      const ready = record(el, 'floke-ready');
      try {
        await until(() => ready.details.length > 0, 'first draw');
        await settle(el, 4);
        expect(ready.details, 'first draw').to.have.length(1);
        el.selected = view.item.id;
        await settle(el, 4);
        expect(ready.details, 'after selecting').to.have.length(1);
        await moveTo(pointOf(el, view.item.id));
        await settle(el, 4);
        await resetMouse();
        await settle(el, 4);
        expect(ready.details, 'after hovering').to.have.length(1);
        await setSearch(el, view.item.search);
        await settle(el, 4);
        expect(ready.details, 'after searching').to.have.length(1);
        container.style.width = '900px';
        await until(() => Math.abs(el.width - 900) < 2, 'resized');
        await settle(el, 4);
        expect(ready.details, 'after resizing').to.have.length(1);
        el.data = await loadJson(MINIMAL);
        await until(() => ready.details.length > 1, 'new data drawn');
        await settle(el, 4);
        expect(ready.details, 'after new data').to.have.length(2);
      } finally {
        ready.stop();
        remove();
      }
    });
  });
}

describe('floke-summary is no drawing view', () => {
  it('has no toSVG at all and no download button', async () => {
    const data = await loadJson(MINIMAL);
    const el = await fixture<HTMLElement>(html`<floke-summary lang="nb" .data=${data}></floke-summary>`);
    expect('toSVG' in el).to.equal(false);
    expect('toPNG' in el).to.equal(false);
    expect(el.shadowRoot!.querySelector('[data-action="download"]')).to.equal(null);
    expect([...el.shadowRoot!.querySelectorAll('button')].some((b) => b.textContent!.includes('Last ned'))).to.equal(false);
  });
});
