/**
 * Compare mode (`compare`, `compare-src`): the Telemark map of today against the same map as of January 2024. New and
 * changed elements get badges that differ by shape and glyph (not colour) and a word in their accessible names, the
 * "what changed" panel tells it in words and lists what is new, changed and gone, and nothing unchanged moves.
 */
import { expect, waitUntil } from '@open-wc/testing';
import './lit-dev-warnings.js';
import { setViewport } from '@web/test-runner-commands';
import { loadJson, mount, root, settle, TELEMARK, type DrawingView, type ViewTag } from './view-helpers.js';

const JANUARY = '/examples/data/telemark-agder-2024-01.json';

/** Waits until the view has its diff (the diff module loads lazily) and drew it. */
async function compared(el: DrawingView): Promise<void> {
  await waitUntil(() => root(el).querySelector('[part="changes"]'), 'the "what changed" panel', { timeout: 10000 });
  await settle(el);
}

const badges = (el: DrawingView) =>
  [...root(el).querySelectorAll<SVGGElement>('g.change-badge')].map((badge) => [
    badge.dataset.for,
    badge.dataset.change,
    badge.querySelector('rect.pill') ? 'pill' : 'square',
    badge.textContent!.trim(),
  ]);

/** Where each mark with a `data-id` sits: its transform, rounded to whole px. */
const positions = (el: DrawingView, selector: string) =>
  new Map(
    [...root(el).querySelectorAll<SVGGElement>(selector)].map((mark) => {
      const box = mark.getBBox();
      const matrix = mark.transform.baseVal.consolidate()?.matrix;
      return [mark.dataset.id!, [(matrix?.e ?? 0) + box.x, (matrix?.f ?? 0) + box.y]] as const;
    }),
  );

const views: [ViewTag, string][] = [
  ['floke-causal-loops', 'g.node[data-id]'],
  ['floke-iceberg', 'g.chip[data-id]'],
];

describe('compare mode', function () {
  this.timeout(60000);
  before(() => setViewport({ width: 1300, height: 900 }));

  it('marks new factors with a dark «ny» pill and changed ones with a light square «Δ» badge in the causal loops', async () => {
    const { el, remove } = await mount('floke-causal-loops', await loadJson(TELEMARK), { width: 1200 });
    el.compare = await loadJson(JANUARY);
    await compared(el);
    const found = badges(el);
    expect(
      found
        .filter(([, status]) => status === 'new')
        .map(([id]) => id)
        .sort(),
    ).to.deep.equal(['fattigdom', 'mobilisering', 'samfunnskostnad', 'tilhorighet']);
    expect(found.find(([id]) => id === 'fattigdom')).to.deep.equal(['fattigdom', 'new', 'pill', 'ny']);
    expect(found.find(([id]) => id === 'frafall')).to.deep.equal(['frafall', 'changed', 'square', 'Δ']);
    expect(found.filter(([, status]) => status === 'changed')).to.have.length(11);
    expect(root(el).querySelector('g.node[data-id="fattigdom"]')!.getAttribute('aria-label')).to.match(/, ny\.?$/);
    remove();
  });

  it('marks new and changed chips in the iceberg, and says so in their accessible names', async () => {
    const { el, remove } = await mount('floke-iceberg', await loadJson(TELEMARK), { width: 1200 });
    el.compare = await loadJson(JANUARY);
    await compared(el);
    const found = badges(el);
    expect(found.filter(([, s]) => s === 'new')).to.have.length(10);
    expect(found.filter(([, s]) => s === 'changed')).to.have.length(9);
    expect(found.find(([id]) => id === 'samfunnsoppdraget')).to.deep.equal(['samfunnsoppdraget', 'new', 'pill', 'ny']);
    expect(root(el).querySelector('g.chip[data-id="prosjektdod"]')!.getAttribute('aria-label')).to.match(/, endret\.?$/);
    remove();
  });

  for (const [tag, selector] of views)
    it(`${tag}: keeps every element where it was without compare mode (within 1 px)`, async () => {
      const data = await loadJson(TELEMARK);
      const { el, remove } = await mount(tag, data, { width: 1200 });
      const before = positions(el, selector);
      el.compare = await loadJson(JANUARY);
      await compared(el);
      const after = positions(el, selector);
      expect([...after.keys()].sort()).to.deep.equal([...before.keys()].sort());
      const moved = [...before].filter(([id, [x, y]]) => Math.abs(after.get(id)![0] - x) > 1 || Math.abs(after.get(id)![1] - y) > 1);
      expect(moved).to.deep.equal([]);
      remove();
    });

  it('tells what changed in words and lists what is new, changed and gone; the gone ones are not drawn', async () => {
    const { el, remove } = await mount('floke-causal-loops', await loadJson(JANUARY), { width: 1200 });
    // The other way round: from today back to January, so elements are gone.
    el.compare = await loadJson(TELEMARK);
    await compared(el);
    const panel = root(el).querySelector('[part="changes"]')!;
    expect(panel.querySelector('.changes-headline')!.textContent).to.match(/^Siden 2\. desember 2026: .*28 aktører borte/);
    const gone = [...panel.querySelectorAll('[data-list="gone"] li')].map((li) => li.textContent!.trim());
    expect(gone).to.have.length(81);
    expect(root(el).querySelector('g.node[data-id="fattigdom"]')).to.equal(null);
    expect([...panel.querySelectorAll('.changes-sentences li')].map((li) => li.textContent)).to.include(
      'Sløyfen R4 (Fattigdom i familien → Utenforskap blant unge → Fattigdom i familien) er brutt fordi faktoren Fattigdom i familien er fjernet.',
    );
    remove();
  });

  it('selects a new element from the panel', async () => {
    const { el, remove } = await mount('floke-causal-loops', await loadJson(TELEMARK), { width: 1200 });
    el.compare = await loadJson(JANUARY);
    await compared(el);
    const details = root(el).querySelector<HTMLDetailsElement>('[data-list="new"]')!;
    details.open = true;
    root(el).querySelector<HTMLButtonElement>('button[data-change-id="fattigdom"]')!.click();
    await settle(el);
    expect(el.selected).to.equal('fattigdom');
    remove();
  });

  it("lists the changes in the causal loops' text alternative and the iceberg's", async () => {
    const loops = await mount('floke-causal-loops', await loadJson(TELEMARK), { width: 1200 });
    loops.el.compare = await loadJson(JANUARY);
    await compared(loops.el);
    const details = root(loops.el).querySelector<HTMLDetailsElement>('details.text-alternative')!;
    details.open = true;
    await waitUntil(() => root(loops.el).querySelector('li[data-factor="fattigdom"]'), 'text alternative');
    expect(root(loops.el).querySelector('li[data-factor="fattigdom"]')!.textContent!.replace(/\s+/g, ' ').trim()).to.match(
      /^Fattigdom i familien, ny /,
    );
    loops.remove();
    const iceberg = await mount('floke-iceberg', await loadJson(TELEMARK), { width: 1200 });
    iceberg.el.compare = await loadJson(JANUARY);
    await compared(iceberg.el);
    const items = [...root(iceberg.el).querySelectorAll('details.text-alternative ul.elements > li')].map((li) =>
      li.textContent!.replace(/\s+/g, ' '),
    );
    expect(items.filter((text) => text.includes(', ny'))).to.have.length(10);
    iceberg.remove();
  });

  it('loads the earlier version from compare-src', async () => {
    const { el, remove } = await mount('floke-iceberg', await loadJson(TELEMARK), { width: 1200, attributes: { 'compare-src': JANUARY } });
    await compared(el);
    expect(badges(el).length).to.equal(19);
    remove();
  });

  const legends = {
    'floke-horizons':
      'Sammenlignet med en tidligere versjon: «ny» er nytt, Δ er endret, og det som er borte, står stiplet og overstrøket med «borte»; alt står også i listen under tegningen.',
    // The network draws ghosts of gone actors only (on a canvas, no «borte» pill) and marks gained and lost ties.
    'floke-actor-network':
      'Sammenlignet med en tidligere versjon: «ny» er nytt, Δ er endret, og en aktør som er borte, står stiplet og overstrøket; + midt på et bånd er et nytt bånd, og et stiplet bånd er borte. Alt står også i listen under tegningen.',
  } as const;
  for (const tag of ['floke-horizons', 'floke-actor-network'] as const)
    it(`${tag}: shows the "what changed" panel in words and explains its marks in the legend`, async () => {
      const { el, remove } = await mount(tag, await loadJson(TELEMARK), { width: 1200 });
      try {
        el.compare = await loadJson(JANUARY);
        await compared(el);
        expect(root(el).querySelector('.changes-headline')!.textContent).to.match(/^Siden 18\. januar 2024: 28 nye aktører/);
        expect(root(el).querySelector('.changes-legend')!.textContent!.trim()).to.equal(legends[tag]);
      } finally {
        remove();
      }
    });

  it('floke-explorer: the overview leads with what changed', async () => {
    const container = document.createElement('div');
    container.setAttribute('lang', 'nb');
    container.innerHTML = `<floke-explorer src="${TELEMARK}" compare-src="${JANUARY}"></floke-explorer>`;
    document.body.append(container);
    const explorer = container.firstElementChild as HTMLElement & { viewElement(view: string): HTMLElement | null };
    await waitUntil(() => explorer.viewElement('overview')?.shadowRoot?.querySelector('[part="changes"]'), 'panel', { timeout: 20000 });
    const headline = explorer.viewElement('overview')!.shadowRoot!.querySelector('.changes-headline')!.textContent;
    expect(headline).to.match(/^Siden 18\. januar 2024: 28 nye aktører, 10 nye satsinger, 4 nye faktorer/);
    container.remove();
  });

  it('floke-explorer: hands the earlier version from compare-src to its views, which mark what changed', async () => {
    const container = document.createElement('div');
    container.setAttribute('lang', 'nb');
    container.innerHTML = `<floke-explorer src="${TELEMARK}" compare-src="${JANUARY}" view="iceberg"></floke-explorer>`;
    document.body.append(container);
    const explorer = container.firstElementChild as HTMLElement & { viewElement(view: string): DrawingView | null };
    await waitUntil(() => explorer.viewElement('iceberg')?.shadowRoot?.querySelector('[part="changes"]'), 'panel', { timeout: 20000 });
    const iceberg = explorer.viewElement('iceberg')!;
    await settle(iceberg);
    expect(badges(iceberg)).to.have.length(19);
    container.remove();
  });

  it('floke-horizons: says «ny» in the accessible names of new markers and in its text alternative', async () => {
    const { el, remove } = await mount('floke-horizons', await loadJson(TELEMARK), { width: 1200 });
    el.compare = await loadJson(JANUARY);
    await compared(el);
    expect(root(el).querySelector('g.marker[data-id="h2-dialogkonferanse"]')!.getAttribute('aria-label')).to.match(/, ny\.?$/);
    const items = [...root(el).querySelectorAll('details.text-alternative li')].map((li) => li.textContent!.replace(/\s+/g, ' '));
    expect(items.some((text) => /Dialogkonferanse.*, ny/.test(text))).to.equal(true);
    remove();
  });

  it('is accessible in compare mode (axe)', async () => {
    const { el, remove } = await mount('floke-iceberg', await loadJson(TELEMARK), { width: 1200 });
    el.compare = await loadJson(JANUARY);
    await compared(el);
    await expect(el).to.be.accessible();
    remove();
  });
});
