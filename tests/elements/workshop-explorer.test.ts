/**
 * Workshop mode of `<floke-explorer editable>`: one editor for every view. An edit made in the loops view changes the
 * explorer's document and every view follows; undo from another view (or the explorer's toolbar) takes it back in all
 * of them; one `floke-change` stream; live counts; «NEW» across views; a refused edit said in the toolbar; export of
 * the view shown; a draft that survives a reload; axe in edit mode.
 *
 * The map: three factors in a chain, a → b → c (a and b in iceberg layers), and one actor.
 */
import { expect, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import './lit-dev-warnings.js';
import type { FlokeDocument } from '@floke/core';
import type { FlokeChangeDetail } from '../../packages/elements/src/base/events.js';
import type { FlokeExplorer } from '../../packages/elements/src/explorer.js';
import { FIXED_FONT, activeId, record, type FlokeCausalLoops, type FlokeIceberg } from './view-helpers.js';
import { deepFreeze, chord } from './workshop-helpers.js';

const chain = (): FlokeDocument => ({
  floke: '1.0',
  id: 'explorer-workshop-test',
  title: 'Workshop',
  language: 'en',
  elements: [
    { id: 'a', kind: 'factor', label: 'Alpha', layer: 'events' },
    { id: 'b', kind: 'factor', label: 'Beta', layer: 'patterns' },
    { id: 'c', kind: 'factor', label: 'Gamma' },
    { id: 'nav', kind: 'actor', label: 'NAV', level: 'local', sector: 'public' },
  ],
  relations: [
    { from: 'a', to: 'b', type: 'causes', polarity: '+' },
    { from: 'b', to: 'c', type: 'causes', polarity: '+' },
    { from: 'nav', to: 'a', type: 'informs' },
  ],
});

interface Mounted {
  readonly el: FlokeExplorer;
  remove(): void;
}

async function mountExplorer(data: unknown): Promise<Mounted> {
  const container = document.createElement('div');
  container.style.width = '1280px';
  container.style.setProperty('--floke-font-family', FIXED_FONT);
  container.setAttribute('lang', 'en');
  container.setAttribute('data-color-scheme', 'light');
  const el = document.createElement('floke-explorer') as FlokeExplorer;
  el.setAttribute('editable', '');
  el.setAttribute('view', 'loops');
  el.data = data;
  const ready = new Promise((resolve) => el.addEventListener('floke-ready', resolve, { once: true }));
  container.append(el);
  document.body.append(container);
  await ready;
  await waitUntil(() => loops(el)?.layout && iceberg(el)?.layout, 'the loops and iceberg views drawn', { timeout: 15000 });
  await settled(el);
  return { el, remove: () => container.remove() };
}

const loops = (el: FlokeExplorer) => el.viewElement('loops') as FlokeCausalLoops | null;
const iceberg = (el: FlokeExplorer) => el.viewElement('iceberg') as FlokeIceberg | null;
const doc = (el: FlokeExplorer) => el.data as FlokeDocument;
const shadow = (el: FlokeExplorer) => el.shadowRoot!;
const inLoops = <T extends Element = HTMLElement>(el: FlokeExplorer, selector: string) =>
  loops(el)!.shadowRoot!.querySelector<T>(selector)!;
const toolbar = <T extends Element = HTMLElement>(el: FlokeExplorer, selector: string) =>
  shadow(el).querySelector<T>(`.workshop ${selector}`)!;
const explorerSaid = (el: FlokeExplorer) => shadow(el).querySelector('[role="status"].sr-only')!.textContent!.trim();
const label = (model: { elements: readonly { id: string; label: unknown }[] } | undefined, id: string) =>
  model?.elements.find((e) => e.id === id)?.label;

async function settled(el: FlokeExplorer): Promise<void> {
  await el.updateComplete;
  for (const view of [loops(el), iceberg(el)]) await view?.updateComplete;
  await new Promise((resolve) => requestAnimationFrame(resolve));
  await el.updateComplete;
}

/** Waits until the loops view has laid out the explorer's document now (it lays out in a Worker). */
async function relaidOut(el: FlokeExplorer): Promise<void> {
  await waitUntil(
    () => loops(el)!.layout?.layout.nodes.length === doc(el).elements.filter((e) => e.kind === 'factor').length,
    'the new layout',
  );
  await settled(el);
}

/** Renames `id` through the loops view's panel, as a reader does: select it, type the name, press the button. */
async function renameInLoops(el: FlokeExplorer, id: string, name: string): Promise<void> {
  el.selected = id;
  await settled(el);
  inLoops<HTMLInputElement>(el, 'input.rename').value = name;
  (inLoops(el, 'input.rename').closest('form')!.querySelector('button[type="submit"]') as HTMLButtonElement).click();
  await settled(el);
}

/** Adds a factor through the loops view's panel. */
async function addInLoops(el: FlokeExplorer, name: string): Promise<void> {
  inLoops<HTMLInputElement>(el, '.add-factor input').value = name;
  inLoops(el, '.add-factor button').click();
  await relaidOut(el);
}

describe('floke-explorer workshop mode', function () {
  this.timeout(40000);
  let mounted: Mounted;
  let given: FlokeDocument;

  beforeEach(async () => {
    indexedDB.deleteDatabase('floke-drafts');
    given = deepFreeze(chain());
    mounted = await mountExplorer(given);
  });
  afterEach(() => mounted.remove());

  it('an edit in the loops view changes the explorer’s document; the iceberg follows, and Ctrl+Z there undoes it in both', async () => {
    const { el } = mounted;
    const changes = record<FlokeChangeDetail>(el, 'floke-change');
    await renameInLoops(el, 'a', 'Alpha one');
    expect(label(doc(el), 'a')).to.equal('Alpha one');
    expect(label(loops(el)!.model, 'a')).to.equal('Alpha one');
    el.show('iceberg');
    await settled(el);
    expect(label(iceberg(el)!.model, 'a')).to.equal('Alpha one');
    expect(iceberg(el)!.shadowRoot!.querySelector('g.chip[data-id="a"]')!.getAttribute('aria-label')).to.contain('Alpha one');
    iceberg(el)!.focusElement('b');
    await waitUntil(() => iceberg(el)!.shadowRoot!.activeElement !== null, 'focus in the iceberg');
    await chord(['Control'], 'z');
    await settled(el);
    expect(doc(el)).to.deep.equal(chain());
    expect([label(iceberg(el)!.model, 'a'), label(loops(el)!.model, 'a')]).to.deep.equal(['Alpha', 'Alpha']);
    expect(changes.details.map((d) => d.cause)).to.deep.equal(['edit', 'undo']);
    expect(explorerSaid(el)).to.equal('Undid the last change.');
    expect(given).to.deep.equal(chain());
  });

  it('keeps one history for every view: the toolbar undoes and redoes, exactly, and the view shows no toolbar of its own', async () => {
    const { el } = mounted;
    await addInLoops(el, 'Delta');
    await renameInLoops(el, 'b', 'Beta two');
    const edited = doc(el);
    expect(loops(el)!.shadowRoot!.querySelector('button.undo')).to.equal(null);
    toolbar(el, 'button.undo').click();
    await settled(el);
    toolbar(el, 'button.undo').click();
    await relaidOut(el);
    expect(doc(el)).to.deep.equal(chain());
    expect(toolbar<HTMLButtonElement>(el, 'button.undo').disabled).to.equal(true);
    toolbar(el, 'button.redo').click();
    await relaidOut(el);
    toolbar(el, 'button.redo').click();
    await settled(el);
    expect(doc(el)).to.deep.equal(edited);
  });

  it('counts factors, links, loops and actors live', async () => {
    const { el } = mounted;
    expect(toolbar(el, '.counts').textContent!.trim()).to.equal('3 factors · 3 links · 0 loops · 1 actor');
    el.selected = 'c';
    await settled(el);
    inLoops(el, 'button.start-link').click();
    await settled(el);
    loops(el)!.focusElement('a');
    await waitUntil(() => activeId(loops(el)!) === 'a', 'focus on a');
    await sendKeys({ press: 'Enter' });
    await sendKeys({ press: '-' });
    await settled(el);
    expect(toolbar(el, '.counts').textContent!.trim()).to.equal('3 factors · 4 links · 1 loop · 1 actor');
    await waitUntil(() => loops(el)!.loops.length === 1, 'the loop drawn');
  });

  it('marks a factor added in the workshop «NEW», also after a trip to another view', async () => {
    const { el } = mounted;
    await addInLoops(el, 'Delta');
    el.show('iceberg');
    await settled(el);
    el.show('loops');
    await settled(el);
    expect(el.editor.isNew('delta')).to.equal(true);
    expect([...inLoopsAll(el, 'g.node.new')].map((n) => (n as SVGGElement).dataset.id)).to.deep.equal(['delta']);
    expect(inLoops(el, 'g.node[data-id="delta"] .new-badge').textContent!.trim()).to.equal('NEW');
  });

  it('refuses a link that is already there, says why in its toolbar, and leaves the document as it was', async () => {
    const { el } = mounted;
    const before = doc(el);
    loops(el)!.focusElement('a');
    await waitUntil(() => activeId(loops(el)!) === 'a', 'focus on a');
    await sendKeys({ press: 'k' });
    for (let i = 0; i < 3 && activeId(loops(el)!) !== 'b'; i++) await sendKeys({ press: 'ArrowRight' });
    await sendKeys({ press: 'Enter' });
    await sendKeys({ press: '+' });
    await settled(el);
    expect(doc(el)).to.equal(before);
    expect(toolbar(el, '.refusal').textContent).to.contain('There is already a causes relation from “a” to “b”.');
    expect(explorerSaid(el)).to.equal('The change was not made: There is already a causes relation from “a” to “b”.');
  });

  it('exports the view shown as SVG, and offers no drawing to export from the overview', async () => {
    const { el } = mounted;
    const files: Blob[] = [];
    const create = URL.createObjectURL;
    const click = HTMLAnchorElement.prototype.click;
    const names: string[] = [];
    URL.createObjectURL = (blob: Blob | MediaSource) => (files.push(blob as Blob), 'blob:test');
    HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
      names.push(this.download);
    };
    try {
      toolbar(el, 'button.export-svg').click();
      expect(names).to.deep.equal(['explorer-workshop-test-loops.svg']);
      expect(await files[0]!.text()).to.equal(loops(el)!.toSVG());
      el.show('overview');
      await settled(el);
      expect(toolbar<HTMLButtonElement>(el, 'button.export-svg').disabled).to.equal(true);
      expect(toolbar<HTMLButtonElement>(el, 'button.export-png').disabled).to.equal(true);
    } finally {
      URL.createObjectURL = create;
      HTMLAnchorElement.prototype.click = click;
    }
  });

  it('offers the draft back after a reload and restores it, for every view', async () => {
    const { el } = mounted;
    await renameInLoops(el, 'a', 'Alpha one');
    const edited = doc(el);
    await new Promise((resolve) => setTimeout(resolve, 200));
    mounted.remove();
    mounted = await mountExplorer(deepFreeze(chain()));
    const again = mounted.el;
    await waitUntil(() => shadow(again).querySelector('.restore-draft'), 'the draft offer');
    toolbar(again, '.restore-draft').click();
    await settled(again);
    expect(doc(again)).to.deep.equal(edited);
    expect([label(loops(again)!.model, 'a'), label(iceberg(again)!.model, 'a')]).to.deep.equal(['Alpha one', 'Alpha one']);
  });

  it('passes axe in edit mode with a factor selected', async () => {
    const { el } = mounted;
    el.selected = 'a';
    await settled(el);
    await expect(el).to.be.accessible({ ignoredRules: ['label-content-name-mismatch'] });
  });
});

const inLoopsAll = (el: FlokeExplorer, selector: string) => loops(el)!.shadowRoot!.querySelectorAll(selector);
