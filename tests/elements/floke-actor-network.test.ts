import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import './lit-dev-warnings.js';
import { sendKeys, setViewport } from '@web/test-runner-commands';
// The built module, so the layout Worker loads from its real place next to it.
import '../../packages/elements/dist/actor-network.js';
import type { FlokeActorNetwork } from '../../packages/elements/src/actor-network.js';

/** How many labels the canvas drew in its last frame (the level of detail). */
const labelCount = (el: FlokeActorNetwork) => Number(el.shadowRoot!.querySelector('canvas')?.dataset.labels ?? 0);

const TELEMARK = '/examples/data/telemark-agder.json';
const loadJson = async (url: string) => (await fetch(url)).json();

type Doc = { elements: { id: string; kind: string; level?: string; sector?: string; label: string }[]; relations: unknown[] };

async function drawn(template: ReturnType<typeof html>): Promise<FlokeActorNetwork> {
  const wrapper = await fixture<HTMLElement>(template);
  const el = (wrapper.localName === 'floke-actor-network' ? wrapper : wrapper.querySelector('floke-actor-network')!) as FlokeActorNetwork;
  await waitUntil(() => el.network && el.shadowRoot!.querySelector('g.node') && labelCount(el) > 0, 'network drawn', { timeout: 15000 });
  await el.updateComplete;
  return el;
}

const root = (el: FlokeActorNetwork) => el.shadowRoot!;
const activeId = (el: FlokeActorNetwork) => (root(el).activeElement as SVGGElement | null)?.dataset.id;
const announcement = (el: FlokeActorNetwork) => root(el).querySelector('[aria-live]')!.textContent!.trim();
/** Partners of a node in the drawn network (ties either way). */
const partnersOf = (el: FlokeActorNetwork, id: string) =>
  el
    .network!.network.ties.filter((t) => t.source === id || t.target === id)
    .map((t) => (t.source === id ? t.target : t.source))
    .sort();
const highlighted = (el: FlokeActorNetwork) =>
  [...root(el).querySelectorAll<SVGCircleElement>('.highlight .partner-ring')].map((ring) => ring.dataset.id!).sort();

describe('floke-actor-network', function () {
  this.timeout(30000);
  before(() => setViewport({ width: 1200, height: 900 }));

  it('draws every actor, names the drawing with its counts and fires floke-ready once', async () => {
    const data: Doc = await loadJson(TELEMARK);
    const wrapper = await fixture<HTMLElement>(html`<div></div>`);
    const el = document.createElement('floke-actor-network') as unknown as FlokeActorNetwork;
    const ready = oneEvent(el, 'floke-ready');
    el.data = data;
    wrapper.append(el);
    await ready;
    const actors = data.elements.filter((e) => e.kind === 'actor').length;
    expect(el.network!.network.nodes).to.have.length(actors);
    expect(root(el).querySelector('svg.overlay')!.getAttribute('aria-label')).to.match(
      new RegExp(`^Aktørnettverk: ${actors} aktører, \\d+ bånd$`),
    );
    expect(root(el).querySelectorAll('g.node[tabindex="0"]')).to.have.length(1);
  });

  it('highlights exactly the partners of the actor under the pointer', async () => {
    const el = await drawn(html`<floke-actor-network .data=${await loadJson(TELEMARK)}></floke-actor-network>`);
    const { x, y } = el.positionOf('hdir')!;
    const { x: tx, y: ty, k } = el.transform;
    const rect = root(el).querySelector('svg.overlay')!.getBoundingClientRect();
    root(el)
      .querySelector('svg.overlay')!
      .dispatchEvent(new PointerEvent('pointermove', { clientX: rect.left + x * k + tx, clientY: rect.top + y * k + ty, bubbles: true }));
    await el.updateComplete;
    expect(root(el).querySelector('.highlight')!.getAttribute('data-focus')).to.equal('hdir');
    expect(highlighted(el)).to.deep.equal(partnersOf(el, 'hdir'));
    // The panel lists the same partners.
    expect(root(el).querySelectorAll('.panel .partners li')).to.have.length(partnersOf(el, 'hdir').length);
    root(el).querySelector('svg.overlay')!.dispatchEvent(new PointerEvent('pointerleave'));
    await el.updateComplete;
    expect(root(el).querySelector('.highlight')).to.equal(null);
  });

  it('filters by level and sector without moving the nodes it keeps', async () => {
    const data: Doc = await loadJson(TELEMARK);
    const el = await drawn(html`<floke-actor-network .data=${data}></floke-actor-network>`);
    const before = new Map(el.network!.network.nodes.map((n) => [n.id, el.positionOf(n.id)]));
    // Untick "Nasjonalt" in the level filter, as a user would.
    const national = root(el).querySelector<HTMLInputElement>('input[data-level="national"]')!;
    national.click();
    await el.updateComplete;
    expect(el.getAttribute('levels')).to.equal('regional local');
    el.sectors = ['public'];
    await el.updateComplete;
    const expected = data.elements.filter((e) => e.kind === 'actor' && e.level !== 'national' && e.sector === 'public');
    const shown = el.network!.network.nodes.filter((n) => el.isVisible(n.id));
    expect(shown.map((n) => n.id).sort()).to.deep.equal(expected.map((e) => e.id).sort());
    expect(root(el).querySelector('.toolbar .status')!.textContent).to.equal(
      `Viser ${expected.length} av ${el.network!.network.nodes.length}`,
    );
    for (const node of shown) expect(el.positionOf(node.id)).to.deep.equal(before.get(node.id));
    // An empty attribute filters nothing, as no attribute does.
    el.setAttribute('levels', '');
    el.removeAttribute('sectors');
    await el.updateComplete;
    expect(el.network!.network.nodes.every((n) => el.isVisible(n.id))).to.equal(true);
  });

  it('filters by topic and by initiative', async () => {
    const data: Doc = await loadJson(TELEMARK);
    const el = await drawn(html`<floke-actor-network .data=${data}></floke-actor-network>`);
    const initiative = el.network!.network.nodes.find((n) => n.initiatives.length > 0)!.initiatives[0]!;
    const select = root(el).querySelector<HTMLSelectElement>('select[data-filter="initiative"]')!;
    select.value = initiative;
    select.dispatchEvent(new Event('change'));
    await el.updateComplete;
    expect(el.initiative).to.equal(initiative);
    const members = el.network!.network.nodes.filter((n) => n.initiatives.includes(initiative)).map((n) => n.id);
    expect(el.network!.network.nodes.filter((n) => el.isVisible(n.id)).map((n) => n.id)).to.deep.equal(members);
    el.initiative = undefined;
    const topic = el.network!.network.ties.find((t) => t.topics.length)!.topics[0]!;
    el.topic = topic;
    await el.updateComplete;
    const joined = new Set(el.network!.network.ties.filter((t) => t.topics.includes(topic)).flatMap((t) => [t.source, t.target]));
    expect(el.network!.network.nodes.filter((n) => el.isVisible(n.id)).map((n) => n.id)).to.deep.equal(
      el.network!.network.nodes.filter((n) => joined.has(n.id)).map((n) => n.id),
    );
  });

  it('is used from the keyboard: Tab in, arrows to partners, T lists ties, Enter selects, / searches, Esc clears', async () => {
    const el = await drawn(html`<floke-actor-network .data=${await loadJson(TELEMARK)}></floke-actor-network>`);
    for (let i = 0; i < 30 && !activeId(el); i++) await sendKeys({ press: 'Tab' });
    const start = activeId(el)!;
    expect(start, 'Tab reaches the drawing').to.be.a('string');
    expect(el.metrics!.brokers[0]).to.equal(start);
    // Focus alone highlights the partners and shows them in the panel.
    expect(highlighted(el)).to.deep.equal(partnersOf(el, start));
    expect(root(el).querySelectorAll('.panel .partners li')).to.have.length(partnersOf(el, start).length);
    let moved = false;
    for (const key of ['ArrowRight', 'ArrowDown', 'ArrowLeft', 'ArrowUp']) {
      await sendKeys({ press: key });
      await el.updateComplete;
      if (activeId(el) !== start) {
        moved = true;
        break;
      }
    }
    expect(moved, 'an arrow key reaches a partner').to.equal(true);
    const second = activeId(el)!;
    expect(partnersOf(el, start)).to.include(second);
    expect(announcement(el)).to.match(/ og .*:/);
    await sendKeys({ press: 't' });
    await el.updateComplete;
    expect(announcement(el)).to.contain(`har ${partnersOf(el, second).length} bånd`);
    await sendKeys({ press: 'Escape' });
    const selected = oneEvent(el, 'floke-select');
    await sendKeys({ press: 'Enter' });
    expect((await selected).detail).to.deep.equal({ id: second, kind: 'actor' });
    expect(el.selected).to.equal(second);
    await sendKeys({ press: '/' });
    expect(root(el).activeElement).to.equal(root(el).querySelector('input[type="search"]'));
    await sendKeys({ type: 'Kristiansand kommune' });
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(activeId(el)).to.equal('kristiansand');
    // Esc clears the active state (the search) first, and the selection on the next press.
    await sendKeys({ press: 'Escape' });
    await el.updateComplete;
    expect(root(el).querySelector<HTMLInputElement>('input[type="search"]')!.value).to.equal('');
    expect(root(el).querySelectorAll('.match-ring')).to.have.length(0);
    expect(el.selected).to.equal(second);
    await sendKeys({ press: 'Escape' });
    await el.updateComplete;
    expect(el.selected).to.equal(undefined);
  });

  it('zooms from the keyboard: + and − around the centre, 0 back to the whole network', async () => {
    const el = await drawn(html`<floke-actor-network .data=${await loadJson(TELEMARK)}></floke-actor-network>`);
    const fit = el.transform.k;
    el.focusElement('ks');
    await el.updateComplete;
    expect(activeId(el)).to.equal('ks');
    await sendKeys({ press: '+' });
    expect(el.transform.k).to.be.closeTo(fit * 1.25, 1e-9);
    await sendKeys({ press: '+' });
    await sendKeys({ press: '-' });
    expect(el.transform.k).to.be.closeTo(fit * 1.25 * 1.25 * 0.8, 1e-9);
    await sendKeys({ press: '0' });
    expect(el.transform.k).to.be.closeTo(fit, 1e-9);
  });

  it('draws initiatives as nodes in two-mode, switched from the toolbar', async () => {
    const data: Doc = await loadJson(TELEMARK);
    const el = await drawn(html`<floke-actor-network .data=${data}></floke-actor-network>`);
    const select = root(el).querySelector<HTMLSelectElement>('select[data-control="mode"]')!;
    select.value = 'two-mode';
    select.dispatchEvent(new Event('change'));
    await waitUntil(() => el.network?.network.mode === 'two-mode', 'two-mode laid out');
    expect(el.getAttribute('mode')).to.equal('two-mode');
    expect(el.network!.network.nodes.filter((n) => n.kind === 'initiative')).to.have.length(
      data.elements.filter((e) => e.kind === 'initiative').length,
    );
  });

  it('labels the zoomed-out view by level of detail, and every label when zoomed in', async () => {
    const el = await drawn(html`<floke-actor-network .data=${await loadJson(TELEMARK)}></floke-actor-network>`);
    el.setTransform({ x: 0, y: 0, k: 0.15 });
    await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
    const far = labelCount(el);
    expect(far).to.be.greaterThan(0);
    expect(far).to.be.lessThan(el.network!.network.nodes.length);
    const { x, y } = el.positionOf('ks')!;
    el.setTransform({ x: 300 - x * 1.5, y: 200 - y * 1.5, k: 1.5 });
    await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
    expect(labelCount(el)).to.be.greaterThan(3);
  });

  it('draws a tie where its ends are, at any zoom, through the cached tie bitmaps', async () => {
    const data = {
      floke: '1.0',
      title: 'To aktører',
      elements: [
        { id: 'a', kind: 'actor', label: 'A', level: 'national', sector: 'public' },
        { id: 'b', kind: 'actor', label: 'B', level: 'local', sector: 'public' },
      ],
      relations: [{ from: 'a', to: 'b', type: 'collaborates' }],
    };
    const el = await drawn(html`<floke-actor-network .data=${data}></floke-actor-network>`);
    const canvas = root(el).querySelector('canvas')!;
    const context = canvas.getContext('2d')!;
    const ratio = canvas.width / canvas.getBoundingClientRect().width;
    const a = el.positionOf('a')!;
    const b = el.positionOf('b')!;
    const darkest = (x: number, y: number) => {
      // The darkest pixel within 2 px of the point: a hairline may fall between pixels.
      const { data: pixels } = context.getImageData(Math.round(x * ratio) - 2, Math.round(y * ratio) - 2, 5, 5);
      let min = 255;
      for (let i = 0; i < pixels.length; i += 4) min = Math.min(min, pixels[i]!, pixels[i + 1]!, pixels[i + 2]!);
      return min;
    };
    const length = Math.hypot(b.x - a.x, b.y - a.y);
    // A point a third of the way along (clear of the symbols), and one 12 px to its side, on screen.
    const along = { x: a.x + (b.x - a.x) / 3, y: a.y + (b.y - a.y) / 3 };
    const side = { x: -(b.y - a.y) / length, y: (b.x - a.x) / length };
    for (const k of [el.transform.k, 1, 2.5]) {
      const { width, height } = canvas.getBoundingClientRect();
      el.setTransform({ x: width / 2 - along.x * k, y: height / 2 - along.y * k, k });
      for (let i = 0; i < 12; i++) await new Promise((resolve) => requestAnimationFrame(resolve));
      expect(darkest(width / 2, height / 2), `tie drawn at zoom ${k}`).to.be.lessThan(200);
      expect(darkest(width / 2 + side.x * 12, height / 2 + side.y * 12), `nothing beside it at zoom ${k}`).to.be.greaterThan(225);
    }
  });

  it('lists actors and ties as localised tables in the text alternative', async () => {
    const data: Doc = await loadJson(TELEMARK);
    const el = await drawn(html`<floke-actor-network lang="en" .data=${data}></floke-actor-network>`);
    const details = root(el).querySelector<HTMLDetailsElement>('details.text-alternative')!;
    details.open = true;
    await waitUntil(() => root(el).querySelector('table.actors'));
    expect(root(el).querySelector('details.text-alternative summary')!.textContent).to.equal('The network as tables');
    const rows = root(el).querySelectorAll('table.actors tbody tr');
    expect(rows).to.have.length(el.network!.network.nodes.length);
    const ks = root(el).querySelector('table.actors tr[data-id="ks"]')!;
    expect(ks.querySelector('th')!.textContent).to.contain('(broker)');
    expect(ks.querySelectorAll('td')[0]!.textContent).to.equal('National, public');
    expect(root(el).querySelectorAll('table.ties tbody tr')).to.have.length(el.network!.network.ties.length);
    expect(root(el).querySelector('table.ties tbody td')!.textContent).to.match(/ and .*:/);
  });

  it('lays out the same in the Worker and on the main thread', async () => {
    const data = await loadJson(TELEMARK);
    const worker = await drawn(html`<floke-actor-network .data=${data}></floke-actor-network>`);
    const main = await drawn(html`<floke-actor-network no-worker .data=${data}></floke-actor-network>`);
    expect(main.network!.layout).to.deep.equal(worker.network!.layout);
  });

  it('exports the whole network as SVG with its labels and resolved colours', async () => {
    const el = await drawn(html`<floke-actor-network .data=${await loadJson(TELEMARK)}></floke-actor-network>`);
    const exported = new DOMParser().parseFromString(el.toSVG(), 'image/svg+xml');
    expect(exported.querySelector('parsererror')).to.equal(null);
    expect(exported.querySelectorAll('path.symbol').length).to.equal(el.network!.network.nodes.length);
    expect([...exported.querySelectorAll('text.label')].map((t) => t.textContent).join(' ')).to.contain('KS');
    expect(exported.querySelector('path.symbol')!.getAttribute('fill')).to.match(/^rgb/);
    const png = await el.toPNG(1);
    expect(png.type).to.equal('image/png');
  });

  it('still draws the network when the document has problems, and names them', async () => {
    const data: Doc = await loadJson(TELEMARK);
    data.relations.push({ from: 'ks', to: 'nowhere', type: 'collaborates' });
    const el = await drawn(html`<floke-actor-network .data=${data}></floke-actor-network>`);
    expect([...root(el).querySelectorAll<HTMLElement>('.problem')].map((p) => p.dataset.code)).to.deep.equal(['unresolved-element']);
    expect(el.network!.network.nodes.length).to.be.greaterThan(50);
  });

  it('reflows at 320 px: the panel moves under the drawing and nothing scrolls sideways, filter menu open or closed', async () => {
    const data = await loadJson(TELEMARK);
    const el = await drawn(html`<div style="width: 320px"><floke-actor-network .data=${data}></floke-actor-network></div>`);
    await waitUntil(() => root(el).querySelector('.layout.narrow'), 'narrow layout');
    expect(el.scrollWidth).to.be.at.most(320);
    expect(root(el).querySelector('.toolbar .status')!.textContent).to.equal('Viser 81 av 81');
    root(el).querySelector<HTMLDetailsElement>('details.filter-menu')!.open = true;
    const panel = root(el).querySelector('.filter-panel')!.getBoundingClientRect();
    expect(panel.left).to.be.at.least(0);
    expect(panel.right).to.be.at.most(document.documentElement.clientWidth);
    await expect(el).to.be.accessible();
  });

  for (const scheme of ['light', 'dark']) {
    it(`passes axe, ${scheme}, with an actor selected`, async () => {
      const data = await loadJson(TELEMARK);
      const el = await drawn(html`<floke-actor-network data-color-scheme=${scheme} selected="ks" .data=${data}></floke-actor-network>`);
      await expect(el).to.be.accessible();
    });
  }
});
