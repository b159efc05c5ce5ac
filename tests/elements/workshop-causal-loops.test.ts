/**
 * Workshop mode of `<floke-causal-loops>` (`editable`): each edit by pointer and by keyboard, undo and redo back to
 * exactly the document before, the given object never touched, a refused edit that changes nothing and says why, a
 * loop that appears when a link closes a cycle, a draft that survives a reload, and axe in edit mode.
 *
 * The map: three factors in a chain, a → b → c, so one more link c → a closes a loop.
 */
import { expect } from '@open-wc/testing';
import './lit-dev-warnings.js';
import { resetMouse, sendKeys, sendMouse } from '@web/test-runner-commands';
import type { FlokeDocument } from '@floke/core';
import type { FlokeChangeDetail } from '../../packages/elements/src/base/events.js';
import {
  activeId,
  announcement,
  clickAt,
  mount,
  pointOf,
  record,
  root,
  settle,
  until,
  type FlokeCausalLoops,
  type Mounted,
} from './view-helpers.js';
import { deepFreeze, chord } from './workshop-helpers.js';

const chain = (): FlokeDocument => ({
  floke: '1.0',
  id: 'workshop-test',
  title: 'Workshop',
  language: 'en',
  elements: [
    { id: 'a', kind: 'factor', label: 'Alpha' },
    { id: 'b', kind: 'factor', label: 'Beta' },
    { id: 'c', kind: 'factor', label: 'Gamma' },
  ],
  relations: [
    { from: 'a', to: 'b', type: 'causes', polarity: '+' },
    { from: 'b', to: 'c', type: 'causes', polarity: '+' },
  ],
  sources: [{ id: 'seed-001', title: 'Partnership meeting 2024' }],
});

const doc = (el: FlokeCausalLoops) => el.data as FlokeDocument;
const q = <T extends Element = HTMLElement>(el: FlokeCausalLoops, selector: string) => root(el).querySelector<T>(selector)!;
/** Waits until the layout shows the document's factors and links (it is computed in a Worker). */
const relaidOut = async (el: FlokeCausalLoops) => {
  await until(() => el.layout?.layout.nodes.length === doc(el).elements.length, 'the new layout');
  await settle(el);
};
const press = async (el: FlokeCausalLoops, key: string) => {
  await sendKeys({ press: key });
  await settle(el);
};
const focusOn = async (el: FlokeCausalLoops, id: string) => {
  el.focusElement(id);
  await until(() => activeId(el) === id, `focus on ${id}`);
};
const select = async (el: FlokeCausalLoops, id: string) => {
  el.selected = id;
  await settle(el);
};
const submit = async (el: FlokeCausalLoops, form: string, name: string, value: string) => {
  const input = q<HTMLInputElement>(el, `${form} input[name="${name}"]`);
  input.focus();
  input.value = value;
  await press(el, 'Enter');
};
const ids = (el: FlokeCausalLoops) => doc(el).elements.map((e) => e.id);
const links = (el: FlokeCausalLoops) => (doc(el).relations ?? []).map((r) => `${r.from}>${r.to}${r.polarity ?? ''}`);

describe('floke-causal-loops workshop mode', function () {
  this.timeout(30000);
  let mounted: Mounted<FlokeCausalLoops>;
  let given: FlokeDocument;

  beforeEach(async () => {
    indexedDB.deleteDatabase('floke-drafts');
    given = deepFreeze(chain());
    mounted = await mount<FlokeCausalLoops>('floke-causal-loops', given, { lang: 'en', attributes: { editable: '' } });
  });
  afterEach(async () => {
    mounted.remove();
    await resetMouse();
  });

  it('adds a factor by the panel button, and emits floke-change with the patch', async () => {
    const { el } = mounted;
    const changes = record<FlokeChangeDetail>(el, 'floke-change');
    q<HTMLInputElement>(el, '.add-factor input').value = 'Delta';
    q(el, '.add-factor button').click();
    await relaidOut(el);
    expect(ids(el)).to.deep.equal(['a', 'b', 'c', 'delta']);
    expect(changes.details.map((d) => [d.cause, d.patch])).to.deep.equal([
      ['edit', [{ op: 'add', path: '/elements/3', value: { id: 'delta', kind: 'factor', label: 'Delta' } }]],
    ]);
    expect(announcement(el)).to.equal('Added the factor “Delta”.');
    expect(given).to.deep.equal(chain());
  });

  it('adds a factor by keyboard (type, Enter) and marks it new in words', async () => {
    const { el } = mounted;
    await submit(el, '.add-factor', 'label', 'Delta');
    await relaidOut(el);
    expect(ids(el)).to.deep.equal(['a', 'b', 'c', 'delta']);
    expect(q(el, 'g.node[data-id="delta"] .new-badge').textContent!.trim()).to.equal('NEW');
    expect(root(el).querySelectorAll('.new-badge')).to.have.length(1);
  });

  it('renames a factor by the panel, and by F2 on the factor', async () => {
    const { el } = mounted;
    await select(el, 'a');
    q<HTMLInputElement>(el, 'input.rename').value = 'Alpha one';
    (q(el, 'input.rename').closest('form')!.querySelector('button[type="submit"]') as HTMLButtonElement).click();
    await settle(el);
    await focusOn(el, 'b');
    await press(el, 'F2');
    await until(() => root(el).activeElement === q(el, 'input.rename'), 'the rename field has focus');
    q<HTMLInputElement>(el, 'input.rename').value = 'Beta two';
    await press(el, 'Enter');
    expect(doc(el).elements.map((e) => e.label)).to.deep.equal(['Alpha one', 'Beta two', 'Gamma']);
  });

  it('removes a factor with its links by the button, and by Delete', async () => {
    const { el } = mounted;
    await select(el, 'a');
    q(el, 'button.remove-factor').click();
    await relaidOut(el);
    expect([ids(el), links(el)]).to.deep.equal([['b', 'c'], ['b>c+']]);
    await focusOn(el, 'c');
    await press(el, 'Delete');
    await relaidOut(el);
    expect([ids(el), links(el)]).to.deep.equal([['b'], []]);
    expect(announcement(el)).to.equal('Removed “Gamma” and 1 link.');
  });

  it('draws a link by keyboard (K, arrows, Enter, −) and the loop it closes appears', async () => {
    const { el } = mounted;
    expect(el.loops).to.have.length(0);
    await focusOn(el, 'c');
    await press(el, 'k');
    expect(announcement(el)).to.contain('Link from “Gamma”');
    // Arrows walk every factor in layout order until the target has focus.
    for (let i = 0; i < 3 && activeId(el) !== 'a'; i++) await press(el, 'ArrowRight');
    expect(activeId(el)).to.equal('a');
    await press(el, 'Enter');
    expect(announcement(el)).to.equal('From “Gamma” to “Alpha”: press + if it strengthens, − if it weakens.');
    await press(el, '-');
    await until(() => el.loops.length === 1, 'a loop');
    expect(links(el)).to.deep.equal(['a>b+', 'b>c+', 'c>a-']);
    expect(el.loops.map((l) => [l.members, l.polarity])).to.deep.equal([[['a', 'b', 'c'], 'B']]);
  });

  it('draws a link by pointer: the button, a click on the target, then the sign', async () => {
    const { el } = mounted;
    await select(el, 'c');
    q(el, 'button.start-link').click();
    await settle(el);
    await clickAt(pointOf(el, 'a'));
    await settle(el);
    q(el, 'button.sign-plus').click();
    await until(() => el.loops.length === 1, 'a loop');
    expect(el.loops[0]!.polarity).to.equal('R');
    expect(el.selected).to.equal('c');
  });

  it('refuses a link that is already there, says why and leaves the document as it was', async () => {
    const { el } = mounted;
    const before = doc(el);
    await focusOn(el, 'a');
    await press(el, 'k');
    for (let i = 0; i < 3 && activeId(el) !== 'b'; i++) await press(el, 'ArrowRight');
    await press(el, 'Enter');
    await press(el, '+');
    expect(doc(el)).to.equal(before);
    expect(q(el, '.refusal').textContent).to.contain('There is already a causes relation from “a” to “b”.');
    expect(announcement(el)).to.equal('The change was not made: There is already a causes relation from “a” to “b”.');
  });

  it('toggles a delay, sets the evidence and a source, flips the sign and removes a link by the panel', async () => {
    const { el } = mounted;
    await select(el, 'a');
    const item = () => q(el, '.link-edit[data-from="a"][data-to="b"]');
    item().querySelector<HTMLInputElement>('input.delay')!.click();
    await settle(el);
    const evidence = item().querySelector<HTMLSelectElement>('select.evidence')!;
    evidence.value = 'stated';
    evidence.dispatchEvent(new Event('change'));
    await settle(el);
    const source = item().querySelector<HTMLSelectElement>('select.source')!;
    source.value = 'seed-001';
    source.dispatchEvent(new Event('change'));
    await settle(el);
    item().querySelector<HTMLButtonElement>('button.flip')!.click();
    await settle(el);
    expect(doc(el).relations![0]).to.deep.equal({
      from: 'a',
      to: 'b',
      type: 'causes',
      polarity: '-',
      delay: true,
      evidence: 'stated',
      sources: ['seed-001'],
    });
    item().querySelector<HTMLButtonElement>('button.remove-link')!.click();
    await settle(el);
    expect(links(el)).to.deep.equal(['b>c+']);
  });

  it('toggles a delay by keyboard (Space on the checkbox)', async () => {
    const { el } = mounted;
    await select(el, 'a');
    q(el, '.link-edit[data-from="a"] input.delay').focus();
    await press(el, 'Space');
    expect(doc(el).relations![0]!.delay).to.equal(true);
  });

  it('moves a factor with Alt+arrow and by a drag, stored as its position hint', async () => {
    const { el } = mounted;
    await focusOn(el, 'b');
    const node = () => el.layout!.layout.nodes.find((n) => n.id === 'b')!;
    const before = { x: node().x, y: node().y };
    await chord(['Alt'], 'ArrowRight');
    await settle(el);
    const hinted = doc(el).elements[1]!.position!;
    expect(hinted).to.deep.equal({ x: Math.round(before.x + 20), y: Math.round(before.y) });
    await until(() => el.layout!.layout.nodes.find((n) => n.id === 'b')!.pinned, 'b pinned');
    const [x, y] = pointOf(el, 'b');
    await sendMouse({ type: 'move', position: [Math.round(x), Math.round(y)] });
    await sendMouse({ type: 'down' });
    await sendMouse({ type: 'move', position: [Math.round(x), Math.round(y + 30)] });
    await sendMouse({ type: 'up' });
    await settle(el);
    const transform = root(el).querySelector('g.viewport')!.getAttribute('transform') ?? '';
    const scale = Number(/scale\(([-\d.e]+)\)/.exec(transform)?.[1] ?? 1);
    expect(doc(el).elements[1]!.position).to.deep.equal({ x: hinted.x, y: Math.round(hinted.y + 30 / scale) });
  });

  it('undoes every edit back to exactly the given document and redoes them, by keys and by buttons', async () => {
    const { el } = mounted;
    await submit(el, '.add-factor', 'label', 'Delta');
    await relaidOut(el);
    await select(el, 'a');
    q(el, 'button.remove-factor').click();
    await relaidOut(el);
    const edited = doc(el);
    await focusOn(el, 'b');
    await chord(['Control'], 'z');
    await settle(el);
    expect(ids(el)).to.deep.equal(['a', 'b', 'c', 'delta']);
    q(el, 'button.undo').click();
    await settle(el);
    expect(doc(el)).to.deep.equal(chain());
    expect(q<HTMLButtonElement>(el, 'button.undo').disabled).to.equal(true);
    await focusOn(el, 'b');
    await chord(['Control', 'Shift'], 'Z');
    await settle(el);
    q(el, 'button.redo').click();
    await settle(el);
    expect(doc(el)).to.deep.equal(edited);
    expect(given).to.deep.equal(chain());
  });

  it('offers the draft back after a reload and restores it, with what was new', async () => {
    const { el } = mounted;
    await submit(el, '.add-factor', 'label', 'Delta');
    await relaidOut(el);
    const edited = doc(el);
    // The draft is written after the change; give IndexedDB its turn.
    await new Promise((resolve) => setTimeout(resolve, 200));
    mounted.remove();
    mounted = await mount<FlokeCausalLoops>('floke-causal-loops', deepFreeze(chain()), { lang: 'en', attributes: { editable: '' } });
    const again = mounted.el;
    await until(() => root(again).querySelector('.restore-draft'), 'the draft offer');
    q(again, '.restore-draft').click();
    await relaidOut(again);
    expect(doc(again)).to.deep.equal(edited);
    expect(announcement(again)).to.equal('Restored the draft.');
    // Still new since the workshop began, though the page was reloaded.
    expect([...root(again).querySelectorAll<SVGGElement>('g.node.new')].map((n) => n.dataset.id)).to.deep.equal(['delta']);
  });

  it('passes axe in edit mode with a factor selected', async () => {
    const { el } = mounted;
    await select(el, 'a');
    await expect(el).to.be.accessible({ ignoredRules: ['label-content-name-mismatch'] });
  });
});
