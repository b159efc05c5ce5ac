/**
 * Every key and pointer action `<floke-iceberg>` documents, one test each, asserting the state it leads to. The
 * expectations are computed from the drawn layout (chip centres and layers), not from the element's own navigation.
 */
import { expect } from '@open-wc/testing';
import './lit-dev-warnings.js';
import { resetMouse, sendKeys, setViewport } from '@web/test-runner-commands';
import type { IcebergChip } from '@floke/core';
import {
  TELEMARK,
  activeId,
  clickAt,
  loadJson,
  matchIds,
  mount,
  pointOf,
  record,
  reset,
  root,
  searchField,
  setSearch,
  settle,
  until,
  type FlokeIceberg,
  type Mounted,
} from './view-helpers.js';

type Selection = { id: string | null; kind: string | null };
type Doc = { elements: { id: string; kind: string; label: string }[]; relations: { from: string; to: string; type: string }[] };

describe('floke-iceberg keys', function () {
  this.timeout(20000);
  let data: Doc;
  let mounted: Mounted<FlokeIceberg>;
  let el: FlokeIceberg;

  before(async () => {
    await setViewport({ width: 1200, height: 900 });
    data = await loadJson<Doc>(TELEMARK);
    mounted = await mount<FlokeIceberg>('floke-iceberg', data);
    el = mounted.el;
  });
  after(() => mounted.remove());
  beforeEach(() => reset(el));
  afterEach(() => resetMouse());

  const chip = (id: string) => el.layout!.chips.find((c) => c.id === id)!;
  const layerIndex = (c: IcebergChip) => el.layout!.bands.findIndex((b) => b.id === c.layer);
  const inLayer = (index: number) => el.layout!.chips.filter((c) => layerIndex(c) === index);
  /** The layer's chips in reading order: rows top down, each left to right. */
  const readingOrder = (index: number) => [...inLayer(index)].sort((a, b) => (Math.abs(a.y - b.y) < 20 ? a.x - b.x : a.y - b.y));
  /** The chip of `layer` whose centre is nearest to `from`'s, required to be clearly nearest. */
  const nearestIn = (index: number, from: IcebergChip) => {
    const [best, second] = [...inLayer(index)].sort(
      (a, b) => Math.hypot(a.x - from.x, a.y - from.y) - Math.hypot(b.x - from.x, b.y - from.y),
    );
    expect(Math.hypot(second!.x - from.x, second!.y - from.y) - Math.hypot(best!.x - from.x, best!.y - from.y)).to.be.greaterThan(10);
    return best!;
  };
  const focusOn = async (id: string) => {
    el.focusElement(id);
    await until(() => activeId(el) === id, `focus on ${id}`);
  };
  const press = async (key: string) => {
    await sendKeys({ press: key });
    await settle(el);
  };

  it('ArrowDown moves to the nearest chip in the next layer down', async () => {
    const from = chip('pat-overganger');
    const expected = nearestIn(layerIndex(from) + 1, from);
    await focusOn(from.id);
    await press('ArrowDown');
    expect(activeId(el)).to.equal(expected.id);
    expect(expected.id).to.equal('programfinansiering-0-24');
  });

  it('ArrowUp moves to the nearest chip in the next layer up', async () => {
    const from = chip('laeringssloyfer');
    const expected = nearestIn(layerIndex(from) - 1, from);
    await focusOn(from.id);
    await press('ArrowUp');
    expect(activeId(el)).to.equal(expected.id);
    expect(layerIndex(chip(activeId(el)!))).to.equal(layerIndex(from) - 1);
  });

  it('ArrowRight moves to the chip to the right in the same layer', async () => {
    const from = chip('frafall');
    const right = inLayer(layerIndex(from))
      .filter((c) => Math.abs(c.y - from.y) < 20 && c.x > from.x)
      .sort((a, b) => a.x - b.x)[0]!;
    await focusOn(from.id);
    await press('ArrowRight');
    expect(activeId(el)).to.equal(right.id);
  });

  it('ArrowLeft moves to the chip to the left in the same layer', async () => {
    const from = chip('starte-pa-nytt');
    const left = inLayer(layerIndex(from))
      .filter((c) => Math.abs(c.y - from.y) < 20 && c.x < from.x)
      .sort((a, b) => b.x - a.x)[0]!;
    await focusOn(from.id);
    await press('ArrowLeft');
    expect(activeId(el)).to.equal(left.id);
  });

  it("Home moves to the layer's first chip", async () => {
    const from = chip('pat-overganger');
    const first = readingOrder(layerIndex(from))[0]!;
    expect(first.id).to.not.equal(from.id);
    await focusOn(from.id);
    await press('Home');
    expect(activeId(el)).to.equal(first.id);
  });

  it("End moves to the layer's last chip", async () => {
    const from = chip('pat-overganger');
    const last = readingOrder(layerIndex(from)).at(-1)!;
    expect(last.id).to.not.equal(from.id);
    await focusOn(from.id);
    await press('End');
    expect(activeId(el)).to.equal(last.id);
  });

  it('Enter selects the focused chip and highlights its chain of explanations', async () => {
    const id = 'fragmentering';
    const direct = data.relations
      .filter((r) => r.type === 'explains' && (r.from === id || r.to === id))
      .map((r) => (r.from === id ? r.to : r.from));
    expect(direct.length).to.be.greaterThan(1);
    await focusOn(id);
    const selections = record<Selection>(el, 'floke-select');
    await press('Enter');
    selections.stop();
    expect(selections.details).to.deep.equal([{ id, kind: 'factor' }]);
    expect(el.getAttribute('selected')).to.equal(id);
    expect(root(el).querySelector(`g.chip[data-id="${id}"]`)!.getAttribute('aria-pressed')).to.equal('true');
    const chain = [...root(el).querySelectorAll<SVGGElement>('g.chip.in-chain')].map((c) => c.dataset.id);
    expect(chain).to.include.members([id, ...direct]);
  });

  it('Space selects the focused chip, and Space again clears the selection', async () => {
    await focusOn('linjemotstand');
    const selections = record<Selection>(el, 'floke-select');
    await press('Space');
    expect(el.selected).to.equal('linjemotstand');
    await press('Space');
    selections.stop();
    expect(el.selected).to.equal(undefined);
    expect(selections.details).to.deep.equal([
      { id: 'linjemotstand', kind: 'factor' },
      { id: null, kind: null },
    ]);
    expect(root(el).querySelectorAll('g.chip.in-chain')).to.have.length(0);
  });

  it('/ moves to the search field; typing marks the matches and Enter goes to the first', async () => {
    await focusOn('frafall');
    await press('/');
    expect(root(el).activeElement).to.equal(searchField(el));
    await sendKeys({ type: 'tjenester' });
    await settle(el);
    const expected = el.layout!.chips.filter((c) => c.label.toLowerCase().includes('tjenester')).map((c) => c.id);
    expect(expected.length).to.be.greaterThan(0);
    expect(matchIds(el)).to.deep.equal([...expected].sort());
    await press('Enter');
    expect(activeId(el)).to.equal(expected[0]);
  });

  it('Esc clears the search first, then the selection', async () => {
    el.selected = 'fragmentering';
    await setSearch(el, 'tjenester');
    expect(matchIds(el).length).to.be.greaterThan(0);
    await focusOn('fragmentering');
    await press('Escape');
    expect(searchField(el).value).to.equal('');
    expect(matchIds(el)).to.deep.equal([]);
    expect(el.selected).to.equal('fragmentering');
    expect(root(el).querySelectorAll('g.chip.in-chain').length).to.be.greaterThan(0);
    await press('Escape');
    expect(el.selected).to.equal(undefined);
    expect(root(el).querySelectorAll('g.chip.in-chain, g.chip.dimmed')).to.have.length(0);
  });

  it('a click selects the chip under the pointer, and a click on another selects that one', async () => {
    const selections = record<Selection>(el, 'floke-select');
    await clickAt(pointOf(el, 'frafall'));
    await settle(el);
    expect(el.selected).to.equal('frafall');
    await clickAt(pointOf(el, 'linjemotstand'));
    await settle(el);
    selections.stop();
    expect(el.selected).to.equal('linjemotstand');
    expect(selections.details.map((d) => d.id)).to.deep.equal(['frafall', 'linjemotstand']);
  });
});
