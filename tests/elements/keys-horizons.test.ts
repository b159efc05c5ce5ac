/**
 * Every key and pointer action `<floke-horizons>` documents, one test each, asserting the state it leads to. The
 * expectations are computed from the laid-out points (horizon and year), not from the element's own navigation.
 */
import { expect } from '@open-wc/testing';
import './lit-dev-warnings.js';
import { resetMouse, sendKeys, setViewport } from '@web/test-runner-commands';
import type { HorizonPlacement } from '@floke/core';
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
  type FlokeHorizons,
  type Mounted,
} from './view-helpers.js';

type Selection = { id: string | null; kind: string | null };

describe('floke-horizons keys', function () {
  this.timeout(20000);
  let mounted: Mounted<FlokeHorizons>;
  let el: FlokeHorizons;

  before(async () => {
    await setViewport({ width: 1200, height: 900 });
    mounted = await mount<FlokeHorizons>('floke-horizons', await loadJson(TELEMARK));
    el = mounted.el;
  });
  after(() => mounted.remove());
  beforeEach(() => reset(el));
  afterEach(() => resetMouse());

  const point = (id: string) => el.layout!.elements.find((e) => e.id === id)!;
  const on = (horizon: string) => el.layout!.elements.filter((e) => e.horizon === horizon);
  /** The one point of `list` that `better` ranks first; fails when two tie, so the expectation is never a guess. */
  const only = (list: HorizonPlacement[], better: (a: HorizonPlacement, b: HorizonPlacement) => number) => {
    const [first, second] = [...list].sort(better);
    expect(second === undefined || better(first!, second) !== 0, 'one clear answer').to.equal(true);
    return first!;
  };
  const nearestInTime = (horizon: string, from: HorizonPlacement) =>
    only(on(horizon), (a, b) => Math.abs(a.year - from.year) - Math.abs(b.year - from.year));
  const focusOn = async (id: string) => {
    el.focusElement(id);
    await until(() => activeId(el) === id, `focus on ${id}`);
  };
  const press = async (key: string) => {
    await sendKeys({ press: key });
    await settle(el);
  };

  it('ArrowRight moves to the next point in time on the same horizon', async () => {
    const from = point('h2-en-til-en');
    const later = only(
      on(from.horizon).filter((e) => e.year > from.year),
      (a, b) => a.year - b.year,
    );
    await focusOn(from.id);
    await press('ArrowRight');
    expect(activeId(el)).to.equal(later.id);
  });

  it('ArrowLeft moves to the previous point in time on the same horizon', async () => {
    const from = point('h2-en-til-en');
    const earlier = only(
      on(from.horizon).filter((e) => e.year < from.year),
      (a, b) => b.year - a.year,
    );
    await focusOn(from.id);
    await press('ArrowLeft');
    expect(activeId(el)).to.equal(earlier.id);
  });

  it('ArrowUp moves toward H3: to the point on the next horizon up nearest in time', async () => {
    const from = point('h1-prosjektinnovasjon');
    expect(from.horizon).to.equal('H1');
    const expected = nearestInTime('H2', from);
    await focusOn(from.id);
    await press('ArrowUp');
    expect(activeId(el)).to.equal(expected.id);
  });

  it('ArrowDown moves toward H1: to the point on the next horizon down nearest in time', async () => {
    const from = point('h3-ingen-utenfor');
    expect(from.horizon).to.equal('H3');
    const expected = nearestInTime('H2', from);
    await focusOn(from.id);
    await press('ArrowDown');
    expect(activeId(el)).to.equal(expected.id);
  });

  it("Home moves to the horizon's first point in time", async () => {
    const from = point('h2-en-til-en');
    const first = only(on(from.horizon), (a, b) => a.year - b.year);
    await focusOn(from.id);
    await press('Home');
    expect(activeId(el)).to.equal(first.id);
  });

  it("End moves to the horizon's last point in time", async () => {
    const from = point('h2-en-til-en');
    const last = only(on(from.horizon), (a, b) => b.year - a.year);
    await focusOn(from.id);
    await press('End');
    expect(activeId(el)).to.equal(last.id);
  });

  it('Enter selects the focused point and shows its details', async () => {
    const from = point('samarbeid-0-24');
    await focusOn(from.id);
    const selections = record<Selection>(el, 'floke-select');
    await press('Enter');
    selections.stop();
    expect(selections.details).to.deep.equal([{ id: from.id, kind: from.kind }]);
    expect(el.getAttribute('selected')).to.equal(from.id);
    expect(root(el).querySelector('.details .heading-section')!.textContent).to.equal(from.label);
  });

  it('Space selects the focused point, and Space again clears the selection', async () => {
    const from = point('h3-ingen-utenfor');
    await focusOn(from.id);
    const selections = record<Selection>(el, 'floke-select');
    await press('Space');
    expect(el.selected).to.equal(from.id);
    expect(root(el).querySelector('.details .heading-section')!.textContent).to.equal(from.label);
    await press('Space');
    selections.stop();
    expect(el.selected).to.equal(undefined);
    expect(root(el).querySelector('.details')).to.equal(null);
    expect(selections.details).to.deep.equal([
      { id: from.id, kind: from.kind },
      { id: null, kind: null },
    ]);
  });

  it('/ moves to the search field; typing marks the matches and Enter goes to the first', async () => {
    await focusOn('samarbeid-0-24');
    await press('/');
    expect(root(el).activeElement).to.equal(searchField(el));
    await sendKeys({ type: 'ung' });
    await settle(el);
    const expected = el.layout!.elements.filter((e) => e.label.toLowerCase().includes('ung')).map((e) => e.id);
    expect(expected.length).to.be.greaterThan(1);
    expect(matchIds(el)).to.deep.equal([...expected].sort());
    await press('Enter');
    expect(activeId(el)).to.equal(expected[0]);
  });

  it('Esc clears the search first, then the selection', async () => {
    el.selected = 'samarbeid-0-24';
    await setSearch(el, 'ung');
    expect(matchIds(el).length).to.be.greaterThan(0);
    await focusOn('samarbeid-0-24');
    await press('Escape');
    expect(searchField(el).value).to.equal('');
    expect(matchIds(el)).to.deep.equal([]);
    expect(el.selected).to.equal('samarbeid-0-24');
    await press('Escape');
    expect(el.selected).to.equal(undefined);
    expect(root(el).querySelector('.details')).to.equal(null);
  });

  it('a click selects the point under the pointer and shows its details', async () => {
    const target = point('h3-ingen-utenfor');
    const selections = record<Selection>(el, 'floke-select');
    await clickAt(pointOf(el, target.id));
    await settle(el);
    selections.stop();
    expect(selections.details).to.deep.equal([{ id: target.id, kind: target.kind }]);
    expect(el.getAttribute('selected')).to.equal(target.id);
    expect(root(el).querySelector('.details .heading-section')!.textContent).to.equal(target.label);
  });
});
