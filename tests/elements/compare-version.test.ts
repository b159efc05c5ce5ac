/**
 * `compare-version`: a view compares the document with a dated version it carries in `versions` (schema 1.3) exactly as
 * it compares with the same version given as a separate file through `compare-src`.
 */
import { expect, waitUntil } from '@open-wc/testing';
import './lit-dev-warnings.js';
import { setViewport } from '@web/test-runner-commands';
import { loadJson, mount, root, settle, TELEMARK, type DrawingView, type ViewTag } from './view-helpers.js';

const JANUARY = '/examples/data/telemark-agder-2024-01.json';

async function compared(el: DrawingView): Promise<void> {
  await waitUntil(() => root(el).querySelector('[part="changes"]'), 'the "what changed" panel', { timeout: 10000 });
  await settle(el);
}

/** What compare mode shows: each badge (element, status, glyph), the panel's words and its lists. */
const changesShown = (el: DrawingView) => ({
  badges: [...root(el).querySelectorAll<SVGGElement>('g.change-badge')].map(
    (b) => `${b.dataset.for} ${b.dataset.change} ${b.textContent!.trim()}`,
  ),
  panel: root(el).querySelector('[part="changes"]')!.textContent!.replace(/\s+/g, ' ').trim(),
});

describe('compare-version', function () {
  this.timeout(60000);
  before(() => setViewport({ width: 1300, height: 900 }));

  for (const tag of ['floke-causal-loops', 'floke-iceberg', 'floke-horizons'] as ViewTag[])
    it(`${tag}: shows the same changes with compare-version="2024-01" as with compare-src to the separate file`, async () => {
      const data = await loadJson(TELEMARK);
      const bySrc = await mount(tag, data, { width: 1200, attributes: { 'compare-src': JANUARY } });
      await compared(bySrc.el);
      const expected = changesShown(bySrc.el);
      bySrc.remove();
      const byVersion = await mount(tag, data, { width: 1200, attributes: { 'compare-version': '2024-01' } });
      await compared(byVersion.el);
      const shown = changesShown(byVersion.el);
      expect(shown).to.deep.equal(expected);
      expect(shown.panel).to.match(/^Hva er endret Siden 18\. januar 2024: 28 nye aktører/);
      byVersion.remove();
    });

  it('floke-explorer: hands the version to its views, as it does an earlier file', async () => {
    const container = document.createElement('div');
    container.setAttribute('lang', 'nb');
    container.innerHTML = `<floke-explorer src="${TELEMARK}" compare-version="2024-01" view="iceberg"></floke-explorer>`;
    document.body.append(container);
    const explorer = container.firstElementChild as HTMLElement & { viewElement(view: string): DrawingView | null };
    await waitUntil(() => explorer.viewElement('iceberg')?.shadowRoot?.querySelector('[part="changes"]'), 'panel', { timeout: 20000 });
    const iceberg = explorer.viewElement('iceberg')!;
    await settle(iceberg);
    expect(root(iceberg).querySelectorAll('g.change-badge')).to.have.length(19);
    container.remove();
  });

  it('draws without comparing, and says why, when the document has no version of that date', async () => {
    const data = await loadJson(TELEMARK);
    const plain = await mount('floke-iceberg', data, { width: 1200 });
    const drawn = root(plain.el).querySelectorAll('g.chip[data-id]').length;
    plain.remove();
    const { el, remove } = await mount('floke-iceberg', data, { width: 1200, attributes: { 'compare-version': '2019' } });
    await settle(el);
    const problems = el.problems.map((p) => `${p.code} ${p.pointer} ${p.message.nb}`);
    const panel = root(el).querySelector('[part="changes"]');
    const chips = root(el).querySelectorAll('g.chip[data-id]').length;
    remove();
    expect(panel).to.equal(null);
    expect(problems).to.deep.equal(['version-not-found /versions Dokumentet har ingen versjon datert 2019. Versjonene er: 2024-01.']);
    expect(chips).to.equal(drawn);
  });

  it('is accessible when comparing with a version (axe)', async () => {
    const { el, remove } = await mount('floke-causal-loops', await loadJson(TELEMARK), {
      width: 1200,
      attributes: { 'compare-version': '2024-01' },
    });
    await compared(el);
    await expect(el).to.be.accessible();
    remove();
  });
});
