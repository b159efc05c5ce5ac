/**
 * Issue #18, "never block the page": a document far beyond what anyone draws (100,000 elements, 250,000 relations)
 * is prepared in a Worker, shared by every view on the page, and each view says how much of it it shows. How long the
 * main thread is blocked meanwhile is a speed target, so `npm run bench -- large` measures it (goal: no task over
 * 200 ms), not this suite: a timed test fails on a busy machine for reasons that are not the code's.
 */
import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import './lit-dev-warnings.js';
import '../../packages/elements/dist/all.js';
import type { NormalizedDocument, Problem } from '../../packages/core/src/index.js';
import type { FlokeElement } from '../../packages/elements/src/base/floke-element.js';
import { generateCausalDocument, generateLargeDocument } from '../fixtures/generate-document.js';

const VIEWS = ['floke-iceberg', 'floke-horizons', 'floke-actor-network', 'floke-causal-loops', 'floke-summary', 'floke-explorer'];
type View = FlokeElement & { model?: NormalizedDocument };

/** The text of the scope line a view shows (the explorer's is in the view on its open tab). */
function scopeLine(el: Element): string | undefined {
  const own = el.shadowRoot!.querySelector('.scope');
  if (own) return own.textContent!.replace(/\s+/g, ' ').trim();
  const inner = [...el.shadowRoot!.querySelectorAll('*')].find((child) => child.shadowRoot?.querySelector('.scope'));
  return inner ? scopeLine(inner) : undefined;
}

/** Mounts every view in `lang`, gives each the document, and waits until all are ready. */
async function mountAll(doc: object, lang: string): Promise<{ views: View[]; remove: () => void }> {
  const container = await fixture<HTMLDivElement>(html`<div lang=${lang} style="width: 1000px"></div>`);
  const views = VIEWS.map((tag) => container.appendChild(document.createElement(tag)) as View);
  await Promise.all(views.map((view) => view.updateComplete));
  const ready = views.map((view) => oneEvent(view, 'floke-ready'));
  for (const view of views) (view as View & { data: unknown }).data = doc;
  await Promise.all(ready);
  return { views, remove: () => container.remove() };
}

describe('a document of 100,000 elements and 250,000 relations in every view', function () {
  this.timeout(240_000);
  let mounted: Awaited<ReturnType<typeof mountAll>>;
  before(async () => {
    mounted = await mountAll(generateLargeDocument(100_000, 250_000), 'nb');
  });
  after(() => mounted.remove());

  it('prepares it once, in the Worker, and every view draws that one model', () => {
    const [first, ...rest] = mounted.views.map((view) => view.model);
    expect(first).to.not.equal(undefined);
    for (const model of rest) expect(model).to.equal(first);
  });

  it('keeps every problem and every left-out item of the whole document', () => {
    const model = mounted.views[0]!.model!;
    expect(model.problems.map((p) => p.code)).to.deep.equal(['too-many-elements', 'too-many-relations']);
    // Every element beyond the first 5,000 and every relation the model could not use is listed, one entry each.
    const usable = 2539;
    expect(model.excluded.length).to.equal(100_000 - 5000 + (250_000 - usable));
    expect(model.excluded[0]).to.deep.equal({ pointer: '/elements/5000', because: '/elements/5000' });
  });

  it('says in every view what it shows: the strongest relations of all 250,000', () => {
    const model = mounted.views[0]!.model!;
    expect(model.scope).to.deep.equal({ elements: { shown: 200, total: 100_000 }, relations: { shown: 177, total: 250_000 } });
    for (const view of mounted.views) {
      expect(scopeLine(view), view.localName).to.equal('Viser de 177 sterkeste av 250 000 relasjonene og 200 av 100 000 elementene.');
    }
  });
});

describe('a large document in English and Nynorsk', function () {
  this.timeout(120_000);
  for (const [lang, text] of [
    ['en', 'Showing the 497 strongest of 25,000 relations and 200 of 10,000 elements.'],
    ['nn', 'Viser dei 497 sterkaste av 25 000 relasjonane og 200 av 10 000 elementa.'],
  ] as const) {
    it(`says what it shows in ${lang}`, async () => {
      const el = await fixture<View>(html`<floke-iceberg lang=${lang}></floke-iceberg>`);
      const ready = oneEvent(el, 'floke-ready');
      (el as View & { data: unknown }).data = generateLargeDocument(10_000, 25_000);
      await ready;
      await el.updateComplete;
      expect(scopeLine(el)).to.equal(text);
      el.remove();
    });
  }
});

describe('preparing a large document', function () {
  this.timeout(120_000);

  it('shows its progress as a status, in the view language, with a Cancel button', async () => {
    const el = await fixture<View>(html`<floke-horizons lang="nb"></floke-horizons>`);
    (el as View & { data: unknown }).data = generateLargeDocument(20_000, 50_000);
    await el.updateComplete;
    const status = el.shadowRoot!.querySelector('.preparing [role="status"]')!;
    expect(status.textContent).to.match(/^Klargjør et stort dokument \(20\s000 elementer\): /);
    expect(el.shadowRoot!.querySelector('button[data-action="cancel-preparing"]')!.textContent!.trim()).to.equal('Avbryt');
    const ready = oneEvent(el, 'floke-ready');
    await ready;
    expect(el.shadowRoot!.querySelector('.preparing')).to.equal(null);
    el.remove();
  });

  it('stops when the reader cancels: the Worker job ends, the view says so and reports load-cancelled', async () => {
    const el = await fixture<View>(html`<floke-iceberg lang="en"></floke-iceberg>`);
    const errors: Problem[][] = [];
    el.addEventListener('floke-error', (event) => errors.push((event as CustomEvent<{ problems: Problem[] }>).detail.problems));
    let ready = 0;
    el.addEventListener('floke-ready', () => ready++);
    (el as View & { data: unknown }).data = generateLargeDocument(20_000, 50_000);
    await el.updateComplete;
    el.shadowRoot!.querySelector<HTMLButtonElement>('button[data-action="cancel-preparing"]')!.click();
    await waitUntil(() => errors.length > 0, 'floke-error after cancel');
    await el.updateComplete;
    expect(errors[0]!.map((p) => p.code)).to.deep.equal(['load-cancelled']);
    expect(el.shadowRoot!.querySelector('p.status[role="status"]')!.textContent).to.equal(
      'Preparing was cancelled, and the document is not shown.',
    );
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(ready).to.equal(0);
    expect(el.model).to.equal(undefined);
    el.remove();
  });

  it('prepares the document after all with Try again', async () => {
    const el = await fixture<View>(html`<floke-iceberg lang="nb"></floke-iceberg>`);
    (el as View & { data: unknown }).data = generateLargeDocument(20_000, 50_000);
    await el.updateComplete;
    el.shadowRoot!.querySelector<HTMLButtonElement>('button[data-action="cancel-preparing"]')!.click();
    await waitUntil(() => el.shadowRoot!.querySelector('button[data-action="retry-preparing"]'), 'Try again after cancel');
    expect(el.shadowRoot!.querySelector('button[data-action="retry-preparing"]')!.textContent!.trim()).to.equal('Prøv igjen');
    const ready = oneEvent(el, 'floke-ready');
    el.shadowRoot!.querySelector<HTMLButtonElement>('button[data-action="retry-preparing"]')!.click();
    await ready;
    expect(el.model!.scope!.elements).to.deep.equal({ shown: 200, total: 20_000 });
    el.remove();
  });
});

describe('floke-causal-loops with 10,000 factors and 25,000 links', function () {
  this.timeout(120_000);

  it('becomes ready, draws the strongest part and says what it shows', async () => {
    const el = await fixture<View>(html`<floke-causal-loops lang="en"></floke-causal-loops>`);
    const ready = oneEvent(el, 'floke-ready');
    (el as View & { data: unknown }).data = generateCausalDocument(10_000, 25_000);
    const { detail } = (await ready) as CustomEvent<{ problems: Problem[] }>;
    expect(detail.problems.map((p) => p.code)).to.deep.equal(['too-many-elements', 'too-many-relations']);
    const layout = (el as View & { layout?: { layout: { nodes: unknown[] } } }).layout!;
    expect(layout.layout.nodes.length).to.equal(200);
    expect(scopeLine(el)).to.equal('Showing the 107 strongest of 25,000 relations and 200 of 10,000 elements.');
    el.remove();
  });
});
