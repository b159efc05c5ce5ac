import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import './lit-dev-warnings.js';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import '../../packages/elements/src/iceberg.js';
import type { FlokeIceberg } from '../../packages/elements/src/iceberg.js';

const TELEMARK = '/examples/data/telemark-agder.json';
const loadJson = async (url: string) => (await fetch(url)).json();

async function drawn(template: ReturnType<typeof html>): Promise<FlokeIceberg> {
  const el = await fixture<FlokeIceberg>(template);
  await waitUntil(() => el.shadowRoot!.querySelector('svg.iceberg, ol.layers'), 'drawn');
  await el.updateComplete;
  return el;
}

const all = (el: FlokeIceberg, selector: string) => [...el.shadowRoot!.querySelectorAll<HTMLElement | SVGGElement>(selector)];
const activeId = (el: FlokeIceberg) => (el.shadowRoot!.activeElement as HTMLElement | null)?.dataset.id;

describe('floke-iceberg', function () {
  // axe over 50 chips with their badges takes seconds on a busy machine.
  this.timeout(20000);
  before(() => setViewport({ width: 1200, height: 900 }));

  it('draws every element with a layer as a chip in its layer, and every explains link', async () => {
    const data = await loadJson(TELEMARK);
    const el = await drawn(html`<floke-iceberg style="width: 1100px" .data=${data}></floke-iceberg>`);
    const withLayer = data.elements.filter((e: { layer?: string }) => e.layer);
    expect(all(el, 'g.chip')).to.have.length(withLayer.length);
    expect(all(el, 'g.explains')).to.have.length(data.relations.filter((r: { type: string }) => r.type === 'explains').length);
    expect(all(el, 'g.band').map((b) => b.dataset.layer)).to.deep.equal(['events', 'patterns', 'structures', 'mental-models']);
  });

  it('highlights the whole chain of explanations up and down from the selected chip', async () => {
    const data = await loadJson(TELEMARK);
    const el = await drawn(html`<floke-iceberg style="width: 1100px" .data=${data}></floke-iceberg>`);
    const selected = oneEvent(el, 'floke-select');
    el.shadowRoot!.querySelector<SVGGElement>('g.chip[data-id="fragmentering"]')!.dispatchEvent(
      new MouseEvent('click', { bubbles: true, composed: true }),
    );
    expect((await selected).detail).to.deep.equal({ id: 'fragmentering', kind: 'factor' });
    await el.updateComplete;
    const chain = all(el, 'g.chip.in-chain')
      .map((c) => c.dataset.id)
      .sort();
    // Up: what fragmentering explains, and on to the events; down: the mental models behind it.
    expect(chain).to.include.members([
      'fragmentering',
      'pat-overganger',
      'ev-elev-slutter',
      'ev-info-tapt',
      'ev-foreldre-koordinerer',
      'ev-foreldre-tilpasser-jobb',
      'linjemotstand',
      'mm-bedre-i-egen-sektor',
    ]);
    expect(chain).to.not.include('mm-kortsiktig-gevinst');
    // The law's duty to report, not fragmentation, explains the unanswered report to child welfare (002 l. 2933-2936).
    expect(chain).to.not.include('ev-bekymringsmelding');
    expect(all(el, 'g.chip.dimmed')).to.have.length(all(el, 'g.chip').length - chain.length);
    expect(all(el, 'g.explains.in-chain').length).to.be.greaterThan(5);
  });

  it('moves Up/Down between layers and Left/Right within a layer, Enter selects, Esc clears', async () => {
    const data = await loadJson(TELEMARK);
    const el = await drawn(html`<floke-iceberg style="width: 1100px" .data=${data}></floke-iceberg>`);
    el.focusElement('prosjektdod');
    await waitUntil(() => activeId(el) === 'prosjektdod');
    await sendKeys({ press: 'ArrowRight' });
    await waitUntil(() => activeId(el) === 'ev-elev-slutter', 'right moves within the layer');
    await sendKeys({ press: 'ArrowLeft' });
    await waitUntil(() => activeId(el) === 'prosjektdod', 'left moves back');
    await sendKeys({ press: 'ArrowDown' });
    await waitUntil(() => el.layout!.chips.find((c) => c.id === activeId(el))?.layer === 'patterns', 'down moves to the next layer');
    await sendKeys({ press: 'ArrowDown' });
    await waitUntil(() => el.layout!.chips.find((c) => c.id === activeId(el))?.layer === 'structures');
    await sendKeys({ press: 'ArrowUp' });
    await waitUntil(() => el.layout!.chips.find((c) => c.id === activeId(el))?.layer === 'patterns', 'up moves back a layer');
    const focused = activeId(el)!;
    const selected = oneEvent(el, 'floke-select');
    await sendKeys({ press: 'Enter' });
    expect((await selected).detail.id).to.equal(focused);
    await el.updateComplete;
    expect(el.getAttribute('selected')).to.equal(focused);
    await sendKeys({ press: 'Escape' });
    await el.updateComplete;
    expect(el.selected).to.equal(undefined);
    expect(all(el, 'g.chip.in-chain')).to.have.length(0);
  });

  it('reflows to a stacked list of layers in a 320 px container', async () => {
    const data = await loadJson(TELEMARK);
    const el = await drawn(html`<floke-iceberg style="width: 320px" .data=${data}></floke-iceberg>`);
    expect(el.shadowRoot!.querySelector('svg.iceberg')).to.equal(null);
    const layers = all(el, 'ol.layers > li[data-layer]');
    expect(layers.map((l) => l.dataset.layer)).to.deep.equal(['events', 'patterns', 'structures', 'mental-models']);
    expect(layers.slice(1).every((l) => l.classList.contains('below-water'))).to.equal(true);
    expect(el.shadowRoot!.querySelector('.waterline-marker')!.textContent).to.equal('Vannlinjen');
    expect(el.scrollWidth).to.be.at.most(320);
    const button = el.shadowRoot!.querySelector<HTMLButtonElement>('button[data-id="linjemotstand"]')!;
    expect(button.textContent!.replace(/\s+/g, ' ')).to.contain('Forklarer: Fragmenterte tjenester (sektorsiloer)');
    const selected = oneEvent(el, 'floke-select');
    button.click();
    expect((await selected).detail.id).to.equal('linjemotstand');
  });

  it('tells the layers and their elements in words, with the links, in the view language', async () => {
    const data = await loadJson(TELEMARK);
    const el = await drawn(html`<floke-iceberg lang="en" style="width: 1100px" .data=${data}></floke-iceberg>`);
    const text = el.shadowRoot!.querySelector('details.text-alternative')!.textContent!.replace(/\s+/g, ' ');
    expect(text).to.contain('Mental models');
    expect(text).to.contain('Factor: Resistance in the line Explains: Fragmented services (sector silos)');
  });

  it('shows an empty layer as empty, and the six-conditions preset', async () => {
    const el = await drawn(
      html`<floke-iceberg
        style="width: 1100px"
        .data=${{ floke: '1.0', title: 'T', elements: [{ id: 'a', kind: 'insight', label: 'A', layer: 'policies' }], views: { iceberg: { preset: 'six-conditions' } } }}
      ></floke-iceberg>`,
    );
    expect(all(el, 'g.band')).to.have.length(6);
    expect(all(el, '.band-empty')).to.have.length(5);
  });

  it('exports a standalone SVG', async () => {
    const data = await loadJson(TELEMARK);
    const el = await drawn(html`<floke-iceberg style="width: 1100px" .data=${data}></floke-iceberg>`);
    const parsed = new DOMParser().parseFromString(el.toSVG(), 'image/svg+xml');
    expect(parsed.querySelector('parsererror')).to.equal(null);
    expect(parsed.querySelectorAll('g.chip').length).to.equal(all(el, 'g.chip').length);
  });

  for (const scheme of ['light', 'dark']) {
    for (const width of [1100, 320]) {
      it(`passes axe, ${scheme}, ${width} px`, async () => {
        const data = await loadJson(TELEMARK);
        const el = await drawn(
          html`<floke-iceberg
            data-color-scheme=${scheme}
            selected="fragmentering"
            style=${`width: ${width}px`}
            .data=${data}
          ></floke-iceberg>`,
        );
        await expect(el).to.be.accessible();
      });
    }
  }
});
