/**
 * `<floke-explorer>` (issue 15): one normalize per document, linked selection between every pair of views in both
 * directions, related marks where the selection is absent, the detail panel, deep links and the region keys.
 */
import { expect, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import './lit-dev-warnings.js';
import type { FlokeElement as FlokeElementClass } from '../../packages/elements/src/base/floke-element.js';
import type { FlokeExplorer } from '../../packages/elements/src/explorer.js';
import type { ExplorerView } from '../../packages/elements/src/explorer/explorer-views.js';
import { FIXED_FONT, loadJson, record, type DrawingView } from './view-helpers.js';

/**
 * The base class of the built elements on the page (view-helpers loads `dist/all.js`), typed from the sources: the
 * class up the chain of a registered tag that defines the static `normalize`. Read from the registry so the type
 * check needs no build.
 */
function builtFlokeElement(): typeof FlokeElementClass {
  let constructor: unknown = customElements.get('floke-summary');
  while (constructor && !Object.hasOwn(constructor, 'normalize')) constructor = Object.getPrototypeOf(constructor);
  if (!constructor) throw new Error('no built FlokeElement on the page');
  return constructor as typeof FlokeElementClass;
}

const LINKED = '/tests/fixtures/explorer-linked.json';
const DRAWINGS = ['iceberg', 'horizons', 'network', 'loops'] as const;
type Drawing = (typeof DRAWINGS)[number];

interface MountedExplorer {
  readonly el: FlokeExplorer;
  readonly container: HTMLDivElement;
  remove(): void;
}

/** Mounts an explorer and waits until every view is drawn (they are prepared in the background after the first). */
async function mountExplorer(options: { data?: unknown; width?: number; attributes?: Record<string, string>; all?: boolean } = {}) {
  const container = document.createElement('div');
  container.style.width = `${options.width ?? 1280}px`;
  container.style.setProperty('--floke-font-family', FIXED_FONT);
  container.setAttribute('lang', 'nb');
  container.setAttribute('data-color-scheme', 'light');
  const el = document.createElement('floke-explorer') as FlokeExplorer;
  for (const [name, value] of Object.entries(options.attributes ?? {})) el.setAttribute(name, value);
  if (options.data !== undefined) el.data = options.data;
  const ready = new Promise((resolve) => el.addEventListener('floke-ready', resolve, { once: true }));
  container.append(el);
  document.body.append(container);
  if (options.data !== undefined) {
    await ready;
    if (options.all !== false) await allDrawn(el);
  }
  return { el, container, remove: () => container.remove() } satisfies MountedExplorer;
}

const drawing = (el: FlokeExplorer, view: Drawing) => el.viewElement(view) as DrawingView;

async function allDrawn(el: FlokeExplorer): Promise<void> {
  await waitUntil(() => DRAWINGS.every((v) => drawing(el, v)?.layout !== undefined), 'every view drawn', { timeout: 15000 });
  await el.updateComplete;
}

async function settled(el: FlokeExplorer): Promise<void> {
  await el.updateComplete;
  for (const v of DRAWINGS) await drawing(el, v).updateComplete;
  await new Promise((resolve) => requestAnimationFrame(resolve));
}

/** Selects `id` in `view` as a reader does: focus it there, press Enter. */
async function selectIn(el: FlokeExplorer, view: Drawing, id: string): Promise<void> {
  el.show(view);
  await settled(el);
  drawing(el, view).focusElement(id);
  await waitUntil(() => drawing(el, view).shadowRoot!.activeElement !== null, `focus in ${view}`);
  await sendKeys({ press: 'Enter' });
  await settled(el);
}

const shadow = (el: FlokeExplorer) => el.shadowRoot!;

async function shiftF6(): Promise<void> {
  await sendKeys({ down: 'Shift' });
  await sendKeys({ press: 'F6' });
  await sendKeys({ up: 'Shift' });
}

describe('floke-explorer', () => {
  describe('one model', () => {
    it('normalizes a document once for all five views, and every view draws that model', async () => {
      const FlokeElement = builtFlokeElement();
      const original = FlokeElement.normalize;
      let calls = 0;
      FlokeElement.normalize = (...args) => {
        calls++;
        return original(...args);
      };
      let mounted: MountedExplorer | undefined;
      try {
        mounted = await mountExplorer({ data: await loadJson(LINKED) });
        const { el } = mounted;
        expect(calls).to.equal(1);
        for (const view of ['overview', ...DRAWINGS] as const) expect((el.viewElement(view) as DrawingView).model).to.equal(el.model);
        el.data = await loadJson(LINKED);
        await allDrawn(el);
        await waitUntil(() => DRAWINGS.every((v) => drawing(el, v).layout !== undefined && drawing(el, v).model === el.model));
        expect(calls).to.equal(2);
      } finally {
        FlokeElement.normalize = original;
        mounted?.remove();
      }
    });
  });

  describe('events', () => {
    it('sends one floke-ready, its own, however many views and indicators inside are drawn', async () => {
      const events = record<unknown>(document, 'floke-ready');
      const data = await loadJson(LINKED);
      const container = document.createElement('div');
      const el = document.createElement('floke-explorer') as FlokeExplorer;
      el.data = data;
      el.selected = 'school';
      container.append(el);
      document.body.append(container);
      try {
        await allDrawn(el);
        await waitUntil(() => shadow(el).querySelector('floke-indicator')?.shadowRoot?.querySelector('[part="latest"]'), 'indicator drawn');
        events.stop();
        expect(events.details).to.have.length(1);
      } finally {
        container.remove();
      }
    });
  });

  describe('linked selection', () => {
    let mounted: MountedExplorer;
    before(async () => {
      mounted = await mountExplorer({ data: await loadJson(LINKED) });
    });
    after(() => mounted.remove());
    afterEach(async () => {
      mounted.el.selected = undefined;
      await settled(mounted.el);
    });

    for (const from of DRAWINGS) {
      it(`selecting in the ${from} view selects in every other view, once, and Esc clears everywhere`, async () => {
        const { el } = mounted;
        const events = record<{ id: string | null }>(el, 'floke-select');
        await selectIn(el, from, 'school');
        expect(events.details).to.deep.equal([{ id: 'school', kind: 'actor' }]);
        expect(el.selected).to.equal('school');
        for (const to of DRAWINGS) expect(drawing(el, to).selected, `${from} → ${to}`).to.equal('school');
        expect((el.viewElement('overview') as DrawingView).selected).to.equal('school');
        // Esc clears what is active first (a focused factor's neighbourhood, say), then the selection.
        for (let i = 0; i < 3 && el.selected !== undefined; i++) {
          await sendKeys({ press: 'Escape' });
          await settled(el);
        }
        events.stop();
        expect(events.details).to.deep.equal([
          { id: 'school', kind: 'actor' },
          { id: null, kind: null },
        ]);
        for (const to of DRAWINGS) expect(drawing(el, to).selected, `${from} → ${to} cleared`).to.equal(undefined);
        expect(el.selected).to.equal(undefined);
      });
    }

    it('setting the selection by hand reaches every view and emits nothing', async () => {
      const { el } = mounted;
      const events = record(el, 'floke-select');
      el.selected = 'dropout';
      await settled(el);
      events.stop();
      expect(events.details).to.deep.equal([]);
      expect(DRAWINGS.map((v) => drawing(el, v).selected)).to.deep.equal(['dropout', 'dropout', undefined, 'dropout']);
    });

    it('marks what relates to the selection in a view it is not in, by a dotted ring, and says so in words', async () => {
      const { el } = mounted;
      el.selected = 'dropout';
      await settled(el);
      const network = drawing(el, 'network');
      expect(network.related).to.deep.equal(['club', 'school']);
      expect(network.relatedTo).to.equal('dropout');
      expect(network.shadowRoot!.querySelector('[part="related"]')!.textContent!.trim()).to.equal(
        'Viser 2 aktører knyttet til «Dropout» (prikket ramme).',
      );
      await waitUntil(() => network.shadowRoot!.querySelector('.related-ring[data-related="school"]'), 'a dotted ring on the school');
      const ring = getComputedStyle(network.shadowRoot!.querySelector('.related-ring')!);
      expect(ring.strokeDasharray).to.not.equal('none');
      el.selected = undefined;
      await settled(el);
      expect(network.related).to.deep.equal([]);
      expect(network.shadowRoot!.querySelector('[part="related"]')).to.equal(null);
    });

    it('marks related chips in the iceberg apart from the selected one', async () => {
      const { el } = mounted;
      el.selected = 'club';
      await settled(el);
      const iceberg = drawing(el, 'iceberg');
      expect(iceberg.selected).to.equal(undefined);
      const related = [...iceberg.shadowRoot!.querySelectorAll<SVGGElement>('.chip.related')].map((c) => c.dataset.id).sort();
      expect(related).to.deep.equal(['dropout', 'mentoring']);
      expect(iceberg.shadowRoot!.querySelector('.chip.selected')).to.equal(null);
    });
  });

  describe('detail panel', () => {
    let mounted: MountedExplorer;
    before(async () => {
      mounted = await mountExplorer({ data: await loadJson(LINKED), all: false });
      mounted.el.selected = 'school';
      await mounted.el.updateComplete;
    });
    after(() => mounted.remove());
    const details = () => shadow(mounted.el).querySelector<HTMLElement>('[part="details"]')!;

    it('names the element, its kind and description, and the views it is in', () => {
      expect(details().querySelector('#detail-title')!.textContent!.trim()).to.equal('School');
      expect(details().querySelector('.kind')!.textContent!.trim()).to.equal('Aktør');
      expect(details().querySelector('.description')!.textContent!.trim()).to.equal('An upper secondary school.');
      const buttons = [...details().querySelectorAll<HTMLButtonElement>('[data-show]')].map((b) => b.dataset.show);
      expect(buttons).to.deep.equal(['network', 'horizons', 'iceberg', 'loops']);
    });

    it('tells the relations in words', () => {
      const items = [...details().querySelectorAll('.relations li')].map((li) => li.textContent!.trim());
      expect(items).to.deep.equal([
        'School samarbeider med Youth club',
        'School deltar i Mentoring',
        'School påvirker Dropout (−, mer gir mindre)',
        'Exclusion påvirker School (−, mer gir mindre)',
      ]);
    });

    it('tells what an initiative works on, with its intended direction', async () => {
      mounted.el.selected = 'mentoring';
      await mounted.el.updateComplete;
      const items = [...details().querySelectorAll('.relations li')].map((li) => li.textContent!.trim());
      mounted.el.selected = 'school';
      await mounted.el.updateComplete;
      expect(items).to.deep.equal([
        'School deltar i Mentoring',
        'Youth club deltar i Mentoring',
        'Mentoring arbeider med Dropout (for å redusere)',
      ]);
    });

    it('links only http, https and mailto sources; javascript: and data: stay text', () => {
      const items = [...details().querySelectorAll<HTMLLIElement>('.sources li')];
      const links = items.map((li) => li.querySelector('a')?.getAttribute('href') ?? null);
      expect(links).to.deep.equal([null, null, 'https://example.org/report', 'mailto:author@example.org']);
      expect(items.map((li) => li.textContent!.replace(/\s+/g, ' ').trim())).to.deep.equal([
        'Script link',
        'Data link',
        'Web report (NORCE, 2021)',
        'Ask the author',
      ]);
      expect(details().querySelector('a[href^="javascript"], a[href^="data"]')).to.equal(null);
    });

    it('lists dated notes, newest first, and the indicator (shared model) with latest value and target apart', async () => {
      const notes = [...details().querySelectorAll('.notes li')].map((li) => li.textContent!.replace(/\s+/g, ' ').trim());
      expect(notes).to.deep.equal(['4. mars 2025: Second workshop.', '20. november 2024: First workshop.']);
      const indicator = details().querySelector('[data-indicator="neet"] floke-indicator') as HTMLElement & { model: unknown };
      expect(indicator.model).to.equal(mounted.el.model);
      await waitUntil(() => indicator.shadowRoot?.querySelector('[part="latest"]'), 'the indicator drawn');
      const text = (part: string) => indicator.shadowRoot!.querySelector(`[part="${part}"]`)!.textContent!.replace(/\s+/g, ' ').trim();
      expect([text('latest'), text('target')]).to.deep.equal(['Siste måling 9,1 % 2023', 'Mål 2034 6 %']);
    });

    it('"Vis i" switches view, keeps the selection and puts focus on it there', async () => {
      const { el } = mounted;
      details().querySelector<HTMLButtonElement>('[data-show="loops"]')!.click();
      await waitUntil(
        () => (drawing(el, 'loops')?.shadowRoot?.activeElement as HTMLElement | null)?.dataset.id === 'school',
        'focus on school',
        { timeout: 10000 },
      );
      expect(el.view).to.equal('loops');
      expect(drawing(el, 'loops').selected).to.equal('school');
    });
  });

  describe("the overview's deep links", () => {
    it('open their view inside the explorer, with the selection or loop they name, and leave the URL alone', async () => {
      const { el, remove } = await mountExplorer({ data: await loadJson(LINKED) });
      const hash = location.hash;
      try {
        const summary = el.viewElement('overview')!;
        await waitUntil(() => summary.shadowRoot!.querySelector('a[href^="#view=loops"]'), 'a link to the loops');
        const link = summary.shadowRoot!.querySelector<HTMLAnchorElement>('a[href^="#view=loops"]')!;
        const params = new URLSearchParams(link.getAttribute('href')!.slice(1));
        link.click();
        await el.updateComplete;
        expect(el.view).to.equal('loops');
        if (params.has('loop')) expect(drawing(el, 'loops').getAttribute('loop')).to.equal(params.get('loop'));
        if (params.has('selected')) expect(el.selected).to.equal(params.get('selected'));
        expect(location.hash).to.equal(hash);
        expect(shadow(el).activeElement!.id).to.equal('panel-loops');
      } finally {
        remove();
      }
    });
  });

  describe('deep links', () => {
    let initial: string;
    beforeEach(() => {
      initial = location.href;
    });
    afterEach(() => history.replaceState(null, '', initial));

    it('opens the state in the hash, and writes each change back: a view switch as a new history entry', async () => {
      history.replaceState(null, '', '#view=loops&selected=dropout');
      const { el, remove } = await mountExplorer({ data: await loadJson(LINKED), attributes: { 'sync-url': '' }, all: false });
      try {
        expect(el.view).to.equal('loops');
        expect(el.selected).to.equal('dropout');
        await waitUntil(() => drawing(el, 'loops')?.selected === 'dropout');
        const length = history.length;
        shadow(el).querySelector<HTMLButtonElement>('#tab-horizons')!.click();
        await el.updateComplete;
        expect(location.hash).to.equal('#view=horizons&selected=dropout');
        expect(history.length).to.equal(length + 1);
        el.selected = 'school';
        await el.updateComplete;
        expect(location.hash).to.equal('#view=horizons&selected=school');
        expect(history.length).to.equal(length + 1);
        const back = new Promise((resolve) => window.addEventListener('popstate', resolve, { once: true }));
        history.back();
        await back;
        await el.updateComplete;
        expect(el.view).to.equal('loops');
        expect(el.selected).to.equal('dropout');
      } finally {
        remove();
      }
    });

    it('keeps the highlighted loop and the network filters in the hash, and restores them', async () => {
      history.replaceState(null, '', '#view=network&loop=R1&levels=local');
      const { el, remove } = await mountExplorer({ data: await loadJson(LINKED), attributes: { 'sync-url': '' } });
      try {
        expect(drawing(el, 'loops').getAttribute('loop')).to.equal('R1');
        expect(drawing(el, 'network').getAttribute('levels')).to.equal('local');
        drawing(el, 'network').setAttribute('sectors', 'public');
        await waitUntil(() => location.hash.includes('sectors=public'), 'the filter in the hash');
        expect(location.hash).to.equal('#view=network&loop=R1&levels=local&sectors=public');
      } finally {
        remove();
      }
    });
  });

  describe('keys', () => {
    let mounted: MountedExplorer;
    before(async () => {
      mounted = await mountExplorer({ data: await loadJson(LINKED), all: false });
    });
    after(() => mounted.remove());
    const focused = () => shadow(mounted.el).activeElement as HTMLElement | null;

    it('F6 and Shift+F6 move between the tabs, the view and the details', async () => {
      const { el } = mounted;
      shadow(el).querySelector<HTMLElement>('[role="tab"][aria-selected="true"]')!.focus();
      await sendKeys({ press: 'F6' });
      expect(focused()!.id).to.equal('panel-overview');
      await sendKeys({ press: 'F6' });
      expect(focused()!.getAttribute('part')).to.equal('details');
      await sendKeys({ press: 'F6' });
      expect(focused()!.id).to.equal('tab-overview');
      await shiftF6();
      expect(focused()!.getAttribute('part')).to.equal('details');
      await shiftF6();
      expect(focused()!.id).to.equal('panel-overview');
    });

    it('F6 leaves a drawing for the details, Shift+F6 goes back to the view, and Esc there clears the selection', async () => {
      const { el } = mounted;
      el.selected = 'school';
      el.show('iceberg');
      await allDrawn(el);
      drawing(el, 'iceberg').focusElement('school');
      await waitUntil(() => drawing(el, 'iceberg').shadowRoot!.activeElement !== null, 'focus in the iceberg');
      await sendKeys({ press: 'F6' });
      expect(focused()!.getAttribute('part')).to.equal('details');
      await sendKeys({ press: 'Escape' });
      await el.updateComplete;
      expect(el.selected).to.equal(undefined);
      await shiftF6();
      expect(focused()!.id).to.equal('panel-iceberg');
      el.show('overview');
      await el.updateComplete;
    });

    it('the arrow keys, Home and End in the tabs switch views and keep one tab stop', async () => {
      const { el } = mounted;
      shadow(el).querySelector<HTMLElement>('#tab-overview')!.focus();
      const seen: ExplorerView[] = [];
      for (const key of ['ArrowRight', 'ArrowRight', 'End', 'ArrowRight', 'ArrowLeft', 'Home']) {
        await sendKeys({ press: key });
        await el.updateComplete;
        seen.push(el.view);
        expect(focused()!.id).to.equal(`tab-${el.view}`);
        expect(shadow(el).querySelectorAll('[role="tab"][tabindex="0"]').length).to.equal(1);
      }
      expect(seen).to.deep.equal(['iceberg', 'horizons', 'loops', 'overview', 'loops', 'overview']);
    });
  });

  describe('loading', () => {
    it('says the document could not be fetched, without a page of errors', async () => {
      const { el, remove } = await mountExplorer({ attributes: { src: '/no/such/document.json' } });
      try {
        await waitUntil(() => shadow(el).querySelector('[part="problems"]'), 'problems shown');
        expect(shadow(el).querySelector('[role="tablist"]')).to.equal(null);
      } finally {
        remove();
      }
    });
  });
});
