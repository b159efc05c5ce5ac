/**
 * Workshop mode of `<floke-actor-network>` (`editable`): each edit by pointer and by keyboard (add, rename, move and
 * remove an actor; draw and remove a tie; a membership in an initiative; dated notes), undo and redo back to exactly
 * the document before, the given object never touched, a refused edit that changes nothing and says why, brokers and
 * the text alternative that follow the map, a draft that survives a reload, and axe in edit mode.
 *
 * The map: Alpha (national) collaborates with Beta (regional); Beta takes part in the initiative Iota; Gamma (local)
 * stands alone.
 */
import { expect } from '@open-wc/testing';
import './lit-dev-warnings.js';
import { resetMouse, sendKeys } from '@web/test-runner-commands';
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
  type FlokeActorNetwork,
  type Mounted,
} from './view-helpers.js';
import { deepFreeze, chord } from './workshop-helpers.js';

const small = (): FlokeDocument => ({
  floke: '1.0',
  id: 'network-workshop-test',
  title: 'Network workshop',
  language: 'en',
  elements: [
    { id: 'a', kind: 'actor', label: 'Alpha', level: 'national', sector: 'public' },
    { id: 'b', kind: 'actor', label: 'Beta', level: 'regional', sector: 'voluntary' },
    { id: 'c', kind: 'actor', label: 'Gamma', level: 'local', sector: 'public' },
    { id: 'i', kind: 'initiative', label: 'Iota', level: 'local' },
  ],
  relations: [
    { from: 'a', to: 'b', type: 'collaborates' },
    { from: 'b', to: 'i', type: 'participates' },
  ],
});

type View = FlokeActorNetwork;
const doc = (el: View) => el.data as FlokeDocument;
const q = <T extends Element = HTMLElement>(el: View, selector: string) => root(el).querySelector<T>(selector)!;
const ids = (el: View) => doc(el).elements.map((e) => e.id);
const rels = (el: View) => (doc(el).relations ?? []).map((r) => `${r.from}>${r.to}:${r.type}`);
const DIRECT = ['collaborates', 'funds', 'informs'];
/** What the network should show for the document now: nodes with labels and memberships, and direct ties by type. */
function expectedNetwork(el: View): string {
  const nodes = doc(el).elements.filter((e) => e.kind === 'actor' || (el.mode === 'two-mode' && e.kind === 'initiative'));
  const member = (id: string) =>
    (doc(el).relations ?? [])
      .filter((r) => r.from === id && (r.type === 'leads' || r.type === 'participates'))
      .map((r) => r.to)
      .sort();
  const direct = (doc(el).relations ?? []).filter((r) => DIRECT.includes(r.type)).length;
  return JSON.stringify([nodes.map((e) => `${e.id}:${e.label}:${e.kind === 'actor' ? member(e.id) : ''}`).sort(), direct]);
}
function shownNetwork(el: View): string {
  const network = el.layout?.network;
  if (!network) return '';
  const nodes = network.nodes.map((n) => `${n.id}:${n.label}:${n.kind === 'actor' ? [...n.initiatives].sort() : ''}`).sort();
  const direct = network.ties.reduce((sum, t) => sum + t.types.filter((type) => DIRECT.includes(type)).length, 0);
  return JSON.stringify([nodes, direct]);
}
/** Waits until the drawing shows the document as it is now (it is laid out in a Worker). */
const relaidOut = async (el: View) => {
  await until(() => shownNetwork(el) === expectedNetwork(el), 'the new layout');
  await settle(el);
};
const press = async (el: View, key: string) => {
  await sendKeys({ press: key });
  await settle(el);
};
const focusOn = async (el: View, id: string) => {
  el.focusElement(id);
  await until(() => activeId(el) === id, `focus on ${id}`);
};
const select = async (el: View, id: string) => {
  el.selected = id;
  await settle(el);
};
const setField = (el: View, selector: string, value: string) => {
  const field = q<HTMLInputElement | HTMLSelectElement>(el, selector);
  field.value = value;
};
describe('floke-actor-network workshop mode', function () {
  this.timeout(30000);
  let mounted: Mounted<View>;
  let given: FlokeDocument;

  beforeEach(async () => {
    indexedDB.deleteDatabase('floke-drafts');
    given = deepFreeze(small());
    mounted = await mount<View>('floke-actor-network', given, { lang: 'en', attributes: { editable: '' } });
  });
  afterEach(async () => {
    mounted.remove();
    await resetMouse();
  });

  it('adds an actor with name, level and sector by the panel, and emits floke-change with the patch', async () => {
    const { el } = mounted;
    const changes = record<FlokeChangeDetail>(el, 'floke-change');
    setField(el, '.add-actor input[name="label"]', 'Ungdomsråd Øst');
    setField(el, '.add-actor select[name="level"]', 'local');
    setField(el, '.add-actor select[name="sector"]', 'research');
    q(el, '.add-actor button[type="submit"]').click();
    await relaidOut(el);
    const added = { id: 'ungdomsrad-ost', kind: 'actor', label: 'Ungdomsråd Øst', level: 'local', sector: 'research' };
    expect(changes.details.map((d) => [d.cause, d.patch])).to.deep.equal([['edit', [{ op: 'add', path: '/elements/4', value: added }]]]);
    expect(announcement(el)).to.equal('Added the actor “Ungdomsråd Øst”.');
    expect(el.selected).to.equal('ungdomsrad-ost');
    expect(given).to.deep.equal(small());
  });

  it('adds an actor by keyboard: N on the drawing, the name, Enter; it carries the NEW tag and says so', async () => {
    const { el } = mounted;
    await focusOn(el, 'a');
    await press(el, 'n');
    expect(root(el).activeElement).to.equal(q(el, '.add-actor input[name="label"]'));
    expect(announcement(el)).to.equal('Type the new actor’s name, choose its level and sector, and press Enter.');
    await sendKeys({ type: 'Delta/Epsilon' });
    await press(el, 'Enter');
    await relaidOut(el);
    expect(doc(el).elements[4]).to.deep.equal({ id: 'delta-epsilon', kind: 'actor', label: 'Delta/Epsilon' });
    await until(() => root(el).querySelector('.new-badge'), 'the NEW tag');
    expect([...root(el).querySelectorAll<SVGGElement>('.new-badge')].map((b) => [b.dataset.new, b.textContent!.trim()])).to.deep.equal([
      ['delta-epsilon', 'NEW'],
    ]);
    const node = el.layout!.network.nodes.findIndex((n) => n.id === 'delta-epsilon');
    expect(el.describeNode(node)).to.match(/\(new in the workshop\)$/);
  });

  it('renames an actor by the panel, and by F2 on the drawing', async () => {
    const { el } = mounted;
    await select(el, 'a');
    setField(el, 'input.rename', 'Alpha one');
    (q(el, 'input.rename').closest('form')!.querySelector('button[type="submit"]') as HTMLButtonElement).click();
    await settle(el);
    await focusOn(el, 'b');
    await press(el, 'F2');
    await until(() => root(el).activeElement === q(el, 'input.rename'), 'the rename field has focus');
    setField(el, 'input.rename', 'Beta two');
    await press(el, 'Enter');
    expect(doc(el).elements.map((e) => e.label)).to.deep.equal(['Alpha one', 'Beta two', 'Gamma', 'Iota']);
    expect(announcement(el)).to.equal('“Beta” is now called “Beta two”.');
  });

  it('moves an actor to another level and sector by the panel (selects, then Enter on the button)', async () => {
    const { el } = mounted;
    await select(el, 'c');
    setField(el, '.place select[name="level"]', 'regional');
    setField(el, '.place select[name="sector"]', 'private');
    q(el, '.place button[type="submit"]').focus();
    await press(el, 'Enter');
    await relaidOut(el);
    expect(doc(el).elements[2]).to.deep.equal({ id: 'c', kind: 'actor', label: 'Gamma', level: 'regional', sector: 'private' });
    expect(el.layout!.network.nodes.find((n) => n.id === 'c')!.level).to.equal('regional');
  });

  it('removes an actor with its ties by the button, and by Delete', async () => {
    const { el } = mounted;
    await select(el, 'a');
    q(el, 'button.remove-actor').click();
    await relaidOut(el);
    expect([ids(el), rels(el)]).to.deep.equal([['b', 'c', 'i'], ['b>i:participates']]);
    expect(announcement(el)).to.equal('Removed “Alpha” and 1 tie.');
    await focusOn(el, 'b');
    await press(el, 'Delete');
    await relaidOut(el);
    expect([ids(el), rels(el)]).to.deep.equal([['c', 'i'], []]);
    expect(announcement(el)).to.equal('Removed “Beta” and 1 tie.');
  });

  it('draws a tie by keyboard: K, arrows in the list of targets, Enter', async () => {
    const { el } = mounted;
    await focusOn(el, 'a');
    await press(el, 'k');
    expect(announcement(el)).to.contain('New tie from “Alpha”');
    expect((root(el).activeElement as HTMLElement).dataset.id).to.equal('b');
    await press(el, 'ArrowDown');
    expect((root(el).activeElement as HTMLElement).dataset.id).to.equal('c');
    await press(el, 'Enter');
    await relaidOut(el);
    expect(rels(el)).to.deep.equal(['a>b:collaborates', 'b>i:participates', 'a>c:collaborates']);
    expect(announcement(el)).to.equal('Added the tie “Alpha” works with “Gamma”.');
    expect(el.layout!.network.ties.map((t) => `${t.source}-${t.target}`)).to.deep.equal(['a-b', 'a-c']);
  });

  it('draws a tie of another kind by pointer: "New tie", its kind, then a click on the target in the map', async () => {
    const { el } = mounted;
    await select(el, 'c');
    q(el, 'button.start-tie').click();
    await settle(el);
    const kind = q<HTMLSelectElement>(el, 'select.tie-type');
    kind.value = 'funds';
    kind.dispatchEvent(new Event('change'));
    await clickAt(pointOf(el, 'a'));
    await relaidOut(el);
    expect(rels(el)).to.deep.equal(['a>b:collaborates', 'b>i:participates', 'c>a:funds']);
    expect(el.selected).to.equal('c');
  });

  it('draws a membership by pointer in two-mode: "New tie", then a click on the initiative', async () => {
    const { el } = mounted;
    el.mode = 'two-mode';
    await until(() => el.positionOf('i'), 'the initiative drawn');
    await settle(el);
    await select(el, 'c');
    q(el, 'button.start-tie').click();
    await settle(el);
    await clickAt(pointOf(el, 'i'));
    await relaidOut(el);
    expect(rels(el)).to.deep.equal(['a>b:collaborates', 'b>i:participates', 'c>i:participates']);
    expect(announcement(el)).to.equal('Added the tie “Gamma” takes part in “Iota”.');
  });

  it('keeps the actors an edit did not touch where they were', async () => {
    const { el } = mounted;
    const at = (id: string) => el.positionOf(id);
    const before = ['a', 'b', 'c'].map(at);
    setField(el, '.add-actor input[name="label"]', 'Delta');
    setField(el, '.add-actor select[name="level"]', 'local');
    q(el, '.add-actor button[type="submit"]').click();
    await relaidOut(el);
    expect(['a', 'b', 'c'].map(at)).to.deep.equal(before);
  });

  it('cancels a tie with Esc in the list of targets, and focus goes back to the drawing', async () => {
    const { el } = mounted;
    await focusOn(el, 'a');
    await press(el, 'k');
    await press(el, 'Escape');
    expect(root(el).querySelector('.tie-draft')).to.equal(null);
    expect(announcement(el)).to.equal('The tie was not made.');
    await until(() => activeId(el) === 'a', 'focus back on Alpha');
    expect(doc(el)).to.equal(given);
  });

  it('adds a membership in an initiative by the panel, and by K with the initiative as target', async () => {
    const { el } = mounted;
    await select(el, 'a');
    setField(el, '.membership select[name="initiative"]', 'i');
    setField(el, '.membership select[name="role"]', 'leads');
    q(el, '.membership button[type="submit"]').click();
    await relaidOut(el);
    expect(announcement(el)).to.equal('Added the tie “Alpha” leads “Iota”.');
    await focusOn(el, 'c');
    await press(el, 'k');
    q(el, '.tie-targets button[data-id="i"]').focus();
    await press(el, 'Enter');
    await relaidOut(el);
    expect(rels(el)).to.deep.equal(['a>b:collaborates', 'b>i:participates', 'a>i:leads', 'c>i:participates']);
    // Sharing Iota ties Gamma to Alpha and Beta in the actors' network.
    expect(el.layout!.network.ties.map((t) => `${t.source}-${t.target}:${t.weight}`)).to.deep.equal(['a-b:2', 'a-c:1', 'b-c:1']);
  });

  it('removes a tie by its button in the panel', async () => {
    const { el } = mounted;
    await select(el, 'b');
    q(el, '.tie-edit[data-from="a"][data-to="b"] button.remove-tie').click();
    await relaidOut(el);
    expect(rels(el)).to.deep.equal(['b>i:participates']);
    expect(announcement(el)).to.equal('Removed the tie between “Alpha” and “Beta”.');
  });

  it('adds dated notes to the selected actor and to one of its ties', async () => {
    const { el } = mounted;
    await select(el, 'a');
    setField(el, '.add-note input[name="date"]', '2026-03-04');
    setField(el, '.add-note input[name="note"]', 'Said in the morning session');
    q(el, '.add-note button[type="submit"]').click();
    await settle(el);
    setField(el, '.add-note select[name="on"]', '0');
    setField(el, '.add-note input[name="date"]', '2026-03-05');
    q(el, '.add-note input[name="note"]').focus();
    await sendKeys({ type: 'Meets monthly' });
    await press(el, 'Enter');
    expect(doc(el).elements[0]!.notes).to.deep.equal([{ date: '2026-03-04', text: 'Said in the morning session' }]);
    expect(doc(el).relations![0]!.notes).to.deep.equal([{ date: '2026-03-05', text: 'Meets monthly' }]);
    expect(announcement(el)).to.equal('Added a note to “Alpha – Beta”.');
  });

  it('refuses a tie that is already there, says why and leaves the document as it was', async () => {
    const { el } = mounted;
    const before = doc(el);
    await focusOn(el, 'a');
    await press(el, 'k');
    await press(el, 'Enter');
    expect(doc(el)).to.equal(before);
    expect(q(el, '.refusal').textContent).to.contain('There is already a collaborates relation from “a” to “b”.');
    expect(announcement(el)).to.equal('The change was not made: There is already a collaborates relation from “a” to “b”.');
  });

  it('counts brokers as the map changes, and lists a renamed actor in the text alternative', async () => {
    mounted.remove();
    // Beta is the hub of a star: the one broker.
    const star = small();
    star.elements.push(
      { id: 'd', kind: 'actor', label: 'Delta', level: 'local' },
      { id: 'e', kind: 'actor', label: 'Epsilon', level: 'local' },
      { id: 'f', kind: 'actor', label: 'Phi', level: 'local' },
    );
    star.relations = ['a', 'c', 'd', 'e', 'f'].map((id) => ({ from: 'b', to: id, type: 'collaborates' as const }));
    mounted = await mount<View>('floke-actor-network', star, { lang: 'en', attributes: { editable: '' } });
    const { el } = mounted;
    expect([el.metrics!.brokers, q(el, '.counts').textContent]).to.deep.equal([['b'], '6 actors · 5 ties · 1 broker']);
    await select(el, 'd');
    setField(el, 'input.rename', 'Delta bridge');
    q(el, 'input.rename').focus();
    await press(el, 'Enter');
    await focusOn(el, 'b');
    await press(el, 'Delete');
    await relaidOut(el);
    expect([el.metrics!.brokers, q(el, '.counts').textContent]).to.deep.equal([[], '5 actors · 0 ties · 0 brokers']);
    q(el, '[part="text-alternative"] summary').click();
    await until(() => q(el, '[part="text-alternative"] table'), 'the tables');
    const rows = [...root(el).querySelectorAll('[part="text-alternative"] table')[0]!.querySelectorAll('tbody th, tbody td:first-child')];
    expect(rows.map((r) => r.textContent!.trim()).join(' | ')).to.contain('Delta bridge');
  });

  it('undoes every edit back to exactly the given document and redoes them, by keys and by buttons', async () => {
    const { el } = mounted;
    setField(el, '.add-actor input[name="label"]', 'Delta');
    q(el, '.add-actor button[type="submit"]').click();
    await relaidOut(el);
    await focusOn(el, 'a');
    await press(el, 'k');
    q(el, '.tie-targets button[data-id="c"]').focus();
    await press(el, 'Enter');
    await relaidOut(el);
    await select(el, 'b');
    q(el, 'button.remove-actor').click();
    await relaidOut(el);
    const edited = doc(el);
    await focusOn(el, 'a');
    await chord(['Control'], 'z');
    await settle(el);
    expect(ids(el)).to.deep.equal(['a', 'b', 'c', 'i', 'delta']);
    q(el, 'button.undo').click();
    await settle(el);
    q(el, 'button.undo').click();
    await settle(el);
    expect(doc(el)).to.deep.equal(small());
    expect(q<HTMLButtonElement>(el, 'button.undo').disabled).to.equal(true);
    await focusOn(el, 'a');
    await chord(['Control', 'Shift'], 'Z');
    await settle(el);
    q(el, 'button.redo').click();
    await settle(el);
    q(el, 'button.redo').click();
    await relaidOut(el);
    expect(doc(el)).to.deep.equal(edited);
    expect(given).to.deep.equal(small());
  });

  it('offers the draft back after a reload and restores it, with what was new', async () => {
    const { el } = mounted;
    setField(el, '.add-actor input[name="label"]', 'Delta');
    q(el, '.add-actor button[type="submit"]').click();
    await relaidOut(el);
    const edited = doc(el);
    // The draft is written after the change; give IndexedDB its turn.
    await new Promise((resolve) => setTimeout(resolve, 200));
    mounted.remove();
    mounted = await mount<View>('floke-actor-network', deepFreeze(small()), { lang: 'en', attributes: { editable: '' } });
    const again = mounted.el;
    await until(() => root(again).querySelector('.restore-draft'), 'the draft offer');
    q(again, '.restore-draft').click();
    await relaidOut(again);
    expect(doc(again)).to.deep.equal(edited);
    expect(announcement(again)).to.equal('Restored the draft.');
    await until(() => root(again).querySelector('.new-badge'), 'the NEW tag');
    expect([...root(again).querySelectorAll<SVGGElement>('.new-badge')].map((b) => b.dataset.new)).to.deep.equal(['delta']);
  });

  it('passes axe in edit mode with an actor selected and a tie being drawn', async () => {
    const { el } = mounted;
    await select(el, 'a');
    q(el, 'button.start-tie').click();
    await settle(el);
    await expect(el).to.be.accessible({ ignoredRules: ['label-content-name-mismatch'] });
  });
});
