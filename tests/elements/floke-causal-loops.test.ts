import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import './lit-dev-warnings.js';
import { sendKeys } from '@web/test-runner-commands';
// The built module, so the layout Worker loads from its real place next to it.
import '../../packages/elements/dist/causal-loops.js';
import type { FlokeCausalLoops } from '../../packages/elements/src/causal-loops.js';

const TELEMARK = '/examples/data/telemark-agder.json';
const MINIMAL = '/examples/data/minimal.json';

const loadJson = async (url: string) => (await fetch(url)).json();

async function drawn(template: ReturnType<typeof html>): Promise<FlokeCausalLoops> {
  const wrapper = await fixture<HTMLElement>(template);
  const el = (wrapper.localName === 'floke-causal-loops' ? wrapper : wrapper.querySelector('floke-causal-loops')!) as FlokeCausalLoops;
  // The drawing comes first, the panels one task later; wait for both.
  await waitUntil(() => el.shadowRoot!.querySelector('svg.diagram') && el.shadowRoot!.querySelector('.panel'), 'diagram and panels drawn', {
    timeout: 15000,
  });
  await el.updateComplete;
  return el;
}

const all = (el: FlokeCausalLoops, selector: string) => [...el.shadowRoot!.querySelectorAll<SVGGElement | HTMLElement>(selector)];
const ids = (elements: Element[], attribute: string) => elements.map((e) => e.getAttribute(attribute)!).sort();
const activeId = (el: FlokeCausalLoops) => (el.shadowRoot!.activeElement as SVGGElement | null)?.dataset.id;

describe('floke-causal-loops', function () {
  this.timeout(20000);

  it('draws every causal link with a + or − glyph matching its polarity, and dashes the negative ones', async () => {
    const data = await loadJson(TELEMARK);
    const el = await drawn(html`<floke-causal-loops .data=${data}></floke-causal-loops>`);
    const links = all(el, 'g.link');
    expect(links).to.have.length(data.relations.filter((r: { type: string }) => r.type === 'causes').length);
    for (const link of links) {
      const glyph = link.querySelector('.glyph text')!.textContent;
      expect(glyph).to.equal(link.dataset.polarity === '+' ? '+' : '−');
      expect(link.classList.contains('negative')).to.equal(link.dataset.polarity === '-');
    }
    const dashed = getComputedStyle(el.shadowRoot!.querySelector('g.link.negative .link-line')!).strokeDasharray;
    expect(dashed).to.not.equal('none');
  });

  it('highlights exactly the members and links of the loop named in the loop attribute', async () => {
    const data = await loadJson(TELEMARK);
    const el = await drawn(html`<floke-causal-loops loop="R2" .data=${data}></floke-causal-loops>`);
    const loop = el.loops.find((l) => el.codeOf(l.id) === 'R2')!;
    expect(loop.name).to.equal('R2 Siloen låser seg');
    expect(ids(all(el, 'g.node.in-loop'), 'data-id')).to.deep.equal([...loop.members].sort());
    expect(ids(all(el, 'g.link.in-loop'), 'data-link-id')).to.deep.equal([...loop.links].sort());
    expect(all(el, 'g.node.dimmed')).to.have.length(all(el, 'g.node').length - loop.members.length);
    expect(all(el, 'g.marker.in-loop').map((m) => m.dataset.loopId)).to.deep.equal([loop.id]);
  });

  it('highlights a loop while it is hovered in the panel', async () => {
    const data = await loadJson(TELEMARK);
    const el = await drawn(html`<floke-causal-loops .data=${data}></floke-causal-loops>`);
    const button = all(el, '.loop-button').find((b) => b.textContent!.includes('Linja slår tilbake'))! as HTMLButtonElement;
    button.dispatchEvent(new MouseEvent('mouseenter'));
    await el.updateComplete;
    const loop = el.loops.find((l) => l.id === button.dataset.loopId)!;
    expect(ids(all(el, 'g.node.in-loop'), 'data-id')).to.deep.equal([...loop.members].sort());
    button.dispatchEvent(new MouseEvent('mouseleave'));
    await el.updateComplete;
    expect(all(el, 'g.node.in-loop')).to.have.length(0);
  });

  it('filters the loop panel to the loops of a selected factor', async () => {
    const data = await loadJson(TELEMARK);
    const el = await drawn(html`<floke-causal-loops lang="en" .data=${data}></floke-causal-loops>`);
    el.shadowRoot!.querySelector<SVGGElement>('g.node[data-id="tillit"]')!.dispatchEvent(
      new MouseEvent('click', { bubbles: true, composed: true }),
    );
    await el.updateComplete;
    const listed = all(el, '.loop-button').map((b) => el.loops.find((l) => l.id === b.dataset.loopId)!);
    expect(listed.length).to.be.greaterThan(0);
    expect(listed.every((loop) => loop.members.includes('tillit'))).to.equal(true);
    expect(el.shadowRoot!.querySelector('.panel-heading')!.textContent).to.equal(`Loops through Trust (${listed.length})`);
  });

  it('is used with the keyboard: Tab in, arrows to linked factors, Enter selects, L cycles loops, / searches, Esc clears', async () => {
    const data = await loadJson(MINIMAL);
    const el = await drawn(html`<floke-causal-loops .data=${data}></floke-causal-loops>`);
    const before = document.createElement('button');
    before.textContent = 'before';
    el.before(before);
    before.focus();
    // Tab passes the toolbar (search, zoom, fit, export) and lands on the diagram's tab stop.
    for (let i = 0; i < 6 && !activeId(el); i++) await sendKeys({ press: 'Tab' });
    const start = activeId(el);
    expect(start).to.equal('belonging');
    // belonging → dropout (out-link), then exclusion (in-link).
    await sendKeys({ press: 'ArrowRight' });
    await el.updateComplete;
    expect(activeId(el)).to.equal('dropout');
    await sendKeys({ press: 'ArrowRight' });
    await el.updateComplete;
    expect(activeId(el)).to.equal('exclusion');
    const selected = oneEvent(el, 'floke-select');
    await sendKeys({ press: 'Enter' });
    expect((await selected).detail).to.deep.equal({ id: 'exclusion', kind: 'factor' });
    await sendKeys({ press: 'l' });
    await el.updateComplete;
    expect(all(el, 'g.node.in-loop').length).to.equal(3);
    expect(el.shadowRoot!.querySelector('[aria-live]')!.textContent).to.match(
      /^R1: Belonging → Dropout → Exclusion → Belonging \(reinforcing, with delay\) — no link has a source$/,
    );
    await sendKeys({ press: '/' });
    expect(el.shadowRoot!.activeElement?.getAttribute('type')).to.equal('search');
    await sendKeys({ type: 'drop' });
    await el.updateComplete;
    expect(ids(all(el, 'g.node.match'), 'data-id')).to.deep.equal(['dropout']);
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(activeId(el)).to.equal('dropout');
    // Esc clears the active state (loop highlight, search) first, and the selection on the next press.
    await sendKeys({ press: 'Escape' });
    await el.updateComplete;
    expect(all(el, 'g.node.in-loop, g.node.match')).to.have.length(0);
    expect(el.selected).to.equal('exclusion');
    await sendKeys({ press: 'Escape' });
    await el.updateComplete;
    expect(all(el, 'g.node.selected')).to.have.length(0);
    expect(el.selected).to.equal(undefined);
    before.remove();
  });

  it('tells the diagram in words, in the view language', async () => {
    const data = await loadJson(TELEMARK);
    const el = await drawn(html`<floke-causal-loops .data=${data}></floke-causal-loops>`);
    const details = el.shadowRoot!.querySelector<HTMLDetailsElement>('details.text-alternative')!;
    expect(details.querySelector('.loop-list')).to.equal(null);
    details.open = true;
    await waitUntil(() => el.shadowRoot!.querySelector('.loop-list'), 'text alternative built when opened');
    const text = el.shadowRoot!.querySelector('.text-alternative')!.textContent!.replace(/\s+/g, ' ');
    expect(text).to.contain('Mer frafall i videregående øker utenforskap blant unge, med forsinkelse');
    expect(text).to.contain('Mer tverrsektorielt samarbeid minsker fragmenterte tjenester (sektorsiloer)');
    expect(text).to.match(/R2 Siloen låser seg: .* \(forsterkende\)/);
    expect(text).to.match(/B2 Linja slår tilbake: .* \(balanserende\)/);
    el.setAttribute('lang', 'en');
    // The panels are rebuilt a task after the drawing, so the text alternative may be briefly absent.
    await waitUntil(() =>
      el
        .shadowRoot!.querySelector('.text-alternative')
        ?.textContent?.includes('More upper-secondary dropout increases youth exclusion, with delay'),
    );
  });

  it('lays out the same in the Worker and on the main thread', async () => {
    const data = await loadJson(TELEMARK);
    const inWorker = await drawn(html`<floke-causal-loops .data=${data}></floke-causal-loops>`);
    const onMain = await drawn(html`<floke-causal-loops no-worker .data=${data}></floke-causal-loops>`);
    const positions = (el: FlokeCausalLoops) => all(el, 'g.node').map((n) => n.getAttribute('transform'));
    expect(positions(onMain)).to.deep.equal(positions(inWorker));
  });

  it('exports a standalone SVG and a PNG', async () => {
    const data = await loadJson(MINIMAL);
    const el = await drawn(html`<floke-causal-loops .data=${data}></floke-causal-loops>`);
    const text = el.toSVG();
    const parsed = new DOMParser().parseFromString(text, 'image/svg+xml');
    expect(parsed.querySelector('parsererror')).to.equal(null);
    expect(parsed.querySelectorAll('g.link')).to.have.length(3);
    expect(parsed.querySelector('style')!.textContent).to.contain('--_text: rgb(30, 43, 60);');
    const png = await el.toPNG(1);
    expect(png.type).to.equal('image/png');
    expect(png.size).to.be.greaterThan(1000);
  });

  it('announces floke-ready once the diagram is drawn', async () => {
    const data = await loadJson(MINIMAL);
    const el = document.createElement('floke-causal-loops');
    const ready = oneEvent(el, 'floke-ready');
    el.data = data;
    document.body.append(el);
    await ready;
    expect(el.shadowRoot!.querySelectorAll('g.node')).to.have.length(3);
    el.remove();
  });

  it('still draws the valid part of a document with problems, and lists the problems', async () => {
    const data = await loadJson(TELEMARK);
    data.relations.find((r: { type: string }) => r.type === 'causes').polarity = undefined;
    const el = await drawn(html`<floke-causal-loops lang="en" .data=${data}></floke-causal-loops>`);
    expect(all(el, '.problem').map((p) => p.dataset.code)).to.deep.equal(['causes-needs-polarity']);
    // 50 causal links in the example, less the one left without a polarity.
    expect(all(el, 'g.link')).to.have.length(49);
  });

  for (const scheme of ['light', 'dark']) {
    it(`passes axe, ${scheme}`, async () => {
      const data = await loadJson(TELEMARK);
      const el = await drawn(html`<floke-causal-loops data-color-scheme=${scheme} loop="B1" .data=${data}></floke-causal-loops>`);
      // At the default 1:1 view the stage cuts some factors at its edge; axe then reads a cut label such as
      // "Kapasitet (tid og" as the visible text, and its unclosed parenthesis no longer matches the full name. So that
      // one rule is checked with the whole drawing in view, every other rule in both views.
      await expect(el).to.be.accessible({ ignoredRules: ['label-content-name-mismatch'] });
      el.fitToView();
      await el.updateComplete;
      await expect(el).to.be.accessible();
    });
  }
});
