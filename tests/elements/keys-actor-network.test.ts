/**
 * Every key and pointer action `<floke-actor-network>` documents, one test each, asserting the state it leads to.
 * The arrow tests work out the expected partner from the drawn positions (`positionOf`), on a start node chosen so
 * the answer is clear whatever the exact angle rule: so an arrow key that points the wrong way fails.
 */
import { expect } from '@open-wc/testing';
import './lit-dev-warnings.js';
import { resetMouse, sendKeys, setViewport } from '@web/test-runner-commands';
import {
  TELEMARK,
  activeId,
  announcement,
  clickAt,
  loadJson,
  matchIds,
  mount,
  moveTo,
  networkPoint,
  record,
  reset,
  root,
  searchField,
  setSearch,
  settle,
  until,
  type FlokeActorNetwork,
  type Mounted,
} from './view-helpers.js';

type Selection = { id: string | null; kind: string | null };
type Arrow = 'ArrowRight' | 'ArrowDown' | 'ArrowLeft' | 'ArrowUp';

/** Screen direction of each arrow key (y grows downward). */
const DIRECTION: Record<Arrow, number> = { ArrowRight: 0, ArrowDown: Math.PI / 2, ArrowLeft: Math.PI, ArrowUp: -Math.PI / 2 };
const DEGREE = Math.PI / 180;

describe('floke-actor-network keys', function () {
  this.timeout(30000);
  let mounted: Mounted<FlokeActorNetwork>;
  let el: FlokeActorNetwork;

  before(async () => {
    await setViewport({ width: 1200, height: 900 });
    mounted = await mount<FlokeActorNetwork>('floke-actor-network', await loadJson(TELEMARK));
    el = mounted.el;
  });
  after(() => mounted.remove());
  beforeEach(async () => {
    await reset(el);
    el.fitToView();
    await settle(el);
  });
  afterEach(() => resetMouse());

  const label = (id: string) => el.network!.network.nodes.find((n) => n.id === id)!.label;
  const partnersOf = (id: string) =>
    el
      .network!.network.ties.filter((t) => t.source === id || t.target === id)
      .map((t) => (t.source === id ? t.target : t.source))
      .sort();
  /** How far (radians) the direction from `a` to `b` is off `direction`. */
  const offBy = (a: string, b: string, direction: number) => {
    const p = el.positionOf(a)!;
    const q = el.positionOf(b)!;
    const angle = Math.atan2(q.y - p.y, q.x - p.x);
    return Math.abs(Math.atan2(Math.sin(angle - direction), Math.cos(angle - direction)));
  };
  const distance = (a: string, b: string) => {
    const p = el.positionOf(a)!;
    const q = el.positionOf(b)!;
    return Math.hypot(q.x - p.x, q.y - p.y);
  };
  /**
   * A node and the partner an arrow key must lead to, clear whatever the exact rule: a partner within 45° of the key's
   * direction that is nearer and less off the direction than any other partner on that side; and a partner on the
   * opposite side, which a key pointing the wrong way would pick.
   */
  const caseFor = (key: Arrow) => {
    const direction = DIRECTION[key];
    for (const node of el.network!.network.nodes) {
      const partners = partnersOf(node.id);
      const off = (p: string) => offBy(node.id, p, direction);
      const thatSide = partners.filter((p) => off(p) < 90 * DEGREE);
      const to = thatSide.filter((p) => off(p) < 45 * DEGREE).sort((a, b) => distance(node.id, a) - distance(node.id, b))[0];
      const behind = partners.filter((p) => offBy(node.id, p, direction + Math.PI) < 45 * DEGREE);
      if (to === undefined || behind.length === 0) continue;
      if (thatSide.every((p) => p === to || (distance(node.id, p) > distance(node.id, to) && off(p) > off(to))))
        return { from: node.id, to };
    }
    throw new Error(`no clear case for ${key} in the network`);
  };
  const focusOn = async (id: string) => {
    el.focusElement(id);
    await until(() => activeId(el) === id, `focus on ${id}`);
  };
  const press = async (key: string) => {
    await sendKeys({ press: key });
    await settle(el);
  };

  for (const key of ['ArrowRight', 'ArrowDown', 'ArrowLeft', 'ArrowUp'] as const) {
    it(`${key} moves to the partner in that direction and announces the tie`, async () => {
      const { from, to } = caseFor(key);
      await focusOn(from);
      await press(key);
      expect(activeId(el), `${key} from ${from}`).to.equal(to);
      // A tie made only by ended initiatives is announced as history first (the view is as of the document's "now").
      const tie = el.network!.network.ties.findIndex(
        (t) => (t.source === from && t.target === to) || (t.source === to && t.target === from),
      );
      const prefix = el.visibility!.historic[tie] ? 'Tidligere samarbeid: ' : '';
      expect(announcement(el).startsWith(`${prefix}${label(from)} og ${label(to)}:`), announcement(el)).to.equal(true);
    });
  }

  it('Enter selects the focused actor and announces it', async () => {
    await focusOn('ks');
    const selections = record<Selection>(el, 'floke-select');
    await press('Enter');
    selections.stop();
    expect(selections.details).to.deep.equal([{ id: 'ks', kind: 'actor' }]);
    expect(el.getAttribute('selected')).to.equal('ks');
    expect(announcement(el).startsWith(`${label('ks')}.`)).to.equal(true);
    expect(root(el).querySelector('g.node')!.getAttribute('aria-pressed')).to.equal('true');
    expect(root(el).querySelectorAll('.selected-ring')).to.have.length(1);
  });

  it('Space selects the focused actor, and Space again clears the selection', async () => {
    await focusOn('hdir');
    const selections = record<Selection>(el, 'floke-select');
    await press('Space');
    expect(el.selected).to.equal('hdir');
    await press('Space');
    selections.stop();
    expect(el.selected).to.equal(undefined);
    expect(root(el).querySelectorAll('.selected-ring')).to.have.length(0);
    expect(selections.details).to.deep.equal([
      { id: 'hdir', kind: 'actor' },
      { id: null, kind: null },
    ]);
  });

  it('t lists the ties of the focused actor in the panel and announces how many, selecting nothing', async () => {
    const partners = partnersOf('hdir');
    expect(partners.length).to.be.greaterThan(1);
    await focusOn('hdir');
    await press('t');
    expect(el.selected).to.equal(undefined);
    expect(announcement(el)).to.equal(`${label('hdir')} har ${partners.length} bånd, listet i panelet`);
    const listed = [...root(el).querySelectorAll('.panel-host ul.partners > li button')].map((b) => b.textContent).sort();
    expect(listed).to.deep.equal(partners.map(label).sort());
  });

  it('+ zooms in by 1.25', async () => {
    const fit = el.transform.k;
    await focusOn('ks');
    await press('+');
    expect(el.transform.k).to.be.closeTo(fit * 1.25, 1e-9);
  });

  it('- zooms out by 1.25, down to the fitted view', async () => {
    const fit = el.transform.k;
    await focusOn('ks');
    await press('+');
    await press('+');
    await press('-');
    expect(el.transform.k).to.be.closeTo(fit * 1.25, 1e-9);
    await press('-');
    await press('-');
    expect(el.transform.k, 'no further out than the whole network').to.be.closeTo(fit, 1e-9);
  });

  it('0 shows the whole network again', async () => {
    const fit = el.transform;
    await focusOn('ks');
    await press('+');
    await press('+');
    expect(el.transform.k).to.be.closeTo(fit.k * 1.5625, 1e-9);
    await press('0');
    expect(el.transform.k).to.be.closeTo(fit.k, 1e-9);
    expect(el.transform.x).to.be.closeTo(fit.x, 1e-6);
    expect(el.transform.y).to.be.closeTo(fit.y, 1e-6);
  });

  it('/ moves to the search field; typing marks the matches and Enter goes to the first', async () => {
    await focusOn('ks');
    await press('/');
    expect(root(el).activeElement).to.equal(searchField(el));
    await sendKeys({ type: 'Kristiansand kommune' });
    await settle(el);
    expect(matchIds(el)).to.deep.equal(['kristiansand']);
    await press('Enter');
    expect(activeId(el)).to.equal('kristiansand');
  });

  it('Esc clears the search first, then the selection', async () => {
    el.selected = 'ks';
    await setSearch(el, 'Kristiansand kommune');
    expect(matchIds(el)).to.deep.equal(['kristiansand']);
    await focusOn('ks');
    await press('Escape');
    expect(searchField(el).value).to.equal('');
    expect(matchIds(el)).to.deep.equal([]);
    expect(el.selected).to.equal('ks');
    await press('Escape');
    expect(el.selected).to.equal(undefined);
    expect(root(el).querySelectorAll('.selected-ring')).to.have.length(0);
  });

  it('a click on a node selects it, and a second click clears the selection', async () => {
    const selections = record<Selection>(el, 'floke-select');
    await clickAt(networkPoint(el, 'hdir'));
    await settle(el);
    expect(el.selected).to.equal('hdir');
    await clickAt(networkPoint(el, 'hdir'));
    await settle(el);
    selections.stop();
    expect(el.selected).to.equal(undefined);
    expect(selections.details).to.deep.equal([
      { id: 'hdir', kind: 'actor' },
      { id: null, kind: null },
    ]);
  });

  it('hovering a node highlights it and exactly its partners; leaving clears the highlight', async () => {
    await moveTo(networkPoint(el, 'hdir'));
    await settle(el);
    expect(root(el).querySelector('g.highlight[data-focus]')!.getAttribute('data-focus')).to.equal('hdir');
    const rings = [...root(el).querySelectorAll<SVGElement>('g.highlight .partner-ring')].map((r) => r.dataset.id).sort();
    expect(rings).to.deep.equal(partnersOf('hdir'));
    await resetMouse();
    await settle(el);
    expect(root(el).querySelector('g.highlight')).to.equal(null);
  });
});
