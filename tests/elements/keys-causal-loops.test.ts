/**
 * Every key and pointer action `<floke-causal-loops>` documents, one test each, asserting the state it leads to.
 * minimal.json (three factors in one loop, in English) states the expectations exactly; Telemark has factors in
 * many loops, for L and Shift+L.
 *
 * minimal.json's links: dropout → exclusion (+, delay), exclusion → belonging (−), belonging → dropout (−).
 */
import { expect } from '@open-wc/testing';
import './lit-dev-warnings.js';
import { resetMouse, sendKeys, setViewport } from '@web/test-runner-commands';
import type { Loop } from '@floke/core';
import {
  MINIMAL,
  TELEMARK,
  activeId,
  announcement,
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
  type FlokeCausalLoops,
  type Mounted,
} from './view-helpers.js';

type Selection = { id: string | null; kind: string | null };

const focusOn = async (el: FlokeCausalLoops, id: string) => {
  el.focusElement(id);
  await until(() => activeId(el) === id, `focus on ${id}`);
};
const press = async (el: FlokeCausalLoops, key: string) => {
  await sendKeys({ press: key });
  await settle(el);
};
/** Shift+L: the letter with Shift held (sendKeys presses one key at a time). */
const pressShiftL = async (el: FlokeCausalLoops) => {
  await sendKeys({ down: 'Shift' });
  await sendKeys({ press: 'L' });
  await sendKeys({ up: 'Shift' });
  await settle(el);
};
const inLoop = (el: FlokeCausalLoops) => [...root(el).querySelectorAll<SVGGElement>('g.node.in-loop')].map((n) => n.dataset.id!).sort();
/** The pan/zoom of the drawing, read off its viewport group. */
const zoomOf = (el: FlokeCausalLoops) => {
  const transform = root(el).querySelector('g.viewport')!.getAttribute('transform') ?? 'translate(0,0) scale(1)';
  const [, x, y, k] = /translate\(([-\d.e]+),\s*([-\d.e]+)\)\s*scale\(([-\d.e]+)\)/.exec(transform)!.map(Number);
  return { x: x!, y: y!, k: k! };
};

describe('floke-causal-loops keys', function () {
  this.timeout(20000);
  let mounted: Mounted<FlokeCausalLoops>;
  let el: FlokeCausalLoops;

  before(async () => {
    await setViewport({ width: 1200, height: 900 });
    mounted = await mount<FlokeCausalLoops>('floke-causal-loops', await loadJson(MINIMAL), { lang: 'en' });
    el = mounted.el;
  });
  after(() => mounted.remove());
  beforeEach(async () => {
    await reset(el);
    el.fitToView();
    await settle(el);
  });
  afterEach(() => resetMouse());

  it('ArrowRight moves to the next factor linked to the active one and announces the link', async () => {
    await focusOn(el, 'belonging');
    await press(el, 'ArrowRight');
    expect(activeId(el)).to.equal('dropout');
    expect(announcement(el)).to.equal('More belonging decreases dropout');
    await press(el, 'ArrowRight');
    expect(activeId(el)).to.equal('exclusion');
    expect(announcement(el)).to.equal('More exclusion decreases belonging');
    // Round the neighbours of the active factor (belonging), and back to the first.
    await press(el, 'ArrowRight');
    expect(activeId(el)).to.equal('dropout');
  });

  it('ArrowDown moves to the next linked factor, as ArrowRight does', async () => {
    await focusOn(el, 'dropout');
    await press(el, 'ArrowDown');
    expect(activeId(el)).to.equal('exclusion');
    expect(announcement(el)).to.equal('More dropout increases exclusion, with delay');
  });

  it('ArrowLeft moves to the previous linked factor: from the start, the last one', async () => {
    await focusOn(el, 'belonging');
    await press(el, 'ArrowLeft');
    expect(activeId(el)).to.equal('exclusion');
    expect(announcement(el)).to.equal('More exclusion decreases belonging');
    await press(el, 'ArrowLeft');
    expect(activeId(el)).to.equal('dropout');
    expect(announcement(el)).to.equal('More belonging decreases dropout');
  });

  it('ArrowUp moves to the previous linked factor, as ArrowLeft does', async () => {
    await focusOn(el, 'dropout');
    await press(el, 'ArrowUp');
    expect(activeId(el)).to.equal('belonging');
    expect(announcement(el)).to.equal('More belonging decreases dropout');
  });

  it('Enter selects the focused factor, announces it and makes it the active one', async () => {
    await focusOn(el, 'exclusion');
    const selections = record<Selection>(el, 'floke-select');
    await press(el, 'Enter');
    selections.stop();
    expect(selections.details).to.deep.equal([{ id: 'exclusion', kind: 'factor' }]);
    expect(el.getAttribute('selected')).to.equal('exclusion');
    expect(announcement(el)).to.equal('Exclusion: affects 1, affected by 1, in 1 loop');
    expect(root(el).querySelector('.panel-heading')!.textContent).to.equal('Loops through Exclusion (1)');
    // The arrows now go round the neighbours of exclusion.
    await press(el, 'ArrowRight');
    expect(activeId(el)).to.equal('belonging');
    expect(announcement(el)).to.equal('More exclusion decreases belonging');
  });

  it('Space selects the focused factor, and Space again clears the selection', async () => {
    await focusOn(el, 'dropout');
    const selections = record<Selection>(el, 'floke-select');
    await press(el, 'Space');
    expect(el.selected).to.equal('dropout');
    expect(announcement(el)).to.equal('Dropout: affects 1, affected by 1, in 1 loop');
    await press(el, 'Space');
    selections.stop();
    expect(el.selected).to.equal(undefined);
    expect(selections.details).to.deep.equal([
      { id: 'dropout', kind: 'factor' },
      { id: null, kind: null },
    ]);
  });

  it('+ zooms in by 1.25 around the centre', async () => {
    await focusOn(el, 'dropout');
    expect(zoomOf(el).k).to.equal(1);
    await press(el, '+');
    expect(zoomOf(el).k).to.be.closeTo(1.25, 1e-9);
  });

  it('- zooms out by 1.25', async () => {
    await focusOn(el, 'dropout');
    await press(el, '-');
    expect(zoomOf(el).k).to.be.closeTo(0.8, 1e-9);
  });

  it('0 shows the whole diagram again', async () => {
    await focusOn(el, 'dropout');
    await press(el, '+');
    await press(el, '+');
    expect(zoomOf(el).k).to.be.closeTo(1.5625, 1e-9);
    await press(el, '0');
    // minimal.json's drawing is smaller than the stage: shown whole at 1:1 (never enlarged), centred.
    const svg = root(el).querySelector<SVGSVGElement>('svg.diagram')!;
    const { width, height } = el.layout!.layout;
    expect(zoomOf(el)).to.deep.equal({ x: (svg.clientWidth - width) / 2, y: (svg.clientHeight - height) / 2, k: 1 });
    const stage = svg.getBoundingClientRect();
    for (const node of root(el).querySelectorAll('g.node')) {
      const box = node.getBoundingClientRect();
      expect(
        box.left >= stage.left && box.right <= stage.right && box.top >= stage.top && box.bottom <= stage.bottom,
        'node inside',
      ).to.equal(true);
    }
  });

  it('/ moves to the search field; typing marks the matches and Enter goes to the first', async () => {
    await focusOn(el, 'belonging');
    await press(el, '/');
    expect(root(el).activeElement).to.equal(searchField(el));
    await sendKeys({ type: 'drop' });
    await settle(el);
    expect(matchIds(el)).to.deep.equal(['dropout']);
    await press(el, 'Enter');
    expect(activeId(el)).to.equal('dropout');
  });

  it('Esc clears the loop highlight and the search first, then the selection', async () => {
    await focusOn(el, 'exclusion');
    await press(el, 'Enter');
    await press(el, 'l');
    await setSearch(el, 'drop');
    await focusOn(el, 'exclusion');
    expect(inLoop(el)).to.have.length(3);
    expect(matchIds(el)).to.deep.equal(['dropout']);
    await press(el, 'Escape');
    expect(inLoop(el)).to.deep.equal([]);
    expect(searchField(el).value).to.equal('');
    expect(matchIds(el)).to.deep.equal([]);
    expect(el.selected).to.equal('exclusion');
    await press(el, 'Escape');
    expect(el.selected).to.equal(undefined);
    expect(root(el).querySelectorAll('g.node.selected')).to.have.length(0);
  });

  it('a click selects the factor under the pointer and lists its loops', async () => {
    const selections = record<Selection>(el, 'floke-select');
    await clickAt(pointOf(el, 'belonging'));
    await settle(el);
    selections.stop();
    expect(selections.details).to.deep.equal([{ id: 'belonging', kind: 'factor' }]);
    expect(el.getAttribute('selected')).to.equal('belonging');
    expect(root(el).querySelector('.panel-heading')!.textContent).to.equal('Loops through Belonging (1)');
  });
});

describe('floke-causal-loops keys: L and Shift+L', function () {
  this.timeout(20000);
  let mounted: Mounted<FlokeCausalLoops>;
  let el: FlokeCausalLoops;
  /** The loops through a factor, in code order (R1 …, then B1 …). */
  const loopsThrough = (id: string): Loop[] => el.loops.filter((loop) => loop.members.includes(id));
  const expectHighlighted = (loop: Loop) => {
    expect(inLoop(el)).to.deep.equal([...loop.members].sort());
    expect(announcement(el)).to.equal(el.describeLoop(loop));
    expect(announcement(el).startsWith(el.codeOf(loop.id)!)).to.equal(true);
  };

  before(async () => {
    await setViewport({ width: 1200, height: 900 });
    mounted = await mount<FlokeCausalLoops>('floke-causal-loops', await loadJson(TELEMARK));
    el = mounted.el;
  });
  after(() => mounted.remove());
  beforeEach(() => reset(el));

  it('l highlights the loops through the focused factor one by one, in code order', async () => {
    const loops = loopsThrough('utenforskap');
    expect(loops.length).to.be.greaterThan(3);
    await focusOn(el, 'utenforskap');
    await press(el, 'l');
    expectHighlighted(loops[0]!);
    await press(el, 'l');
    expectHighlighted(loops[1]!);
  });

  it('Shift+L goes through the loops backwards: from the start, the last one', async () => {
    const loops = loopsThrough('utenforskap');
    await focusOn(el, 'utenforskap');
    await pressShiftL(el);
    expectHighlighted(loops.at(-1)!);
    await pressShiftL(el);
    expectHighlighted(loops.at(-2)!);
  });

  it('l on another factor starts at the first loop through that factor', async () => {
    await focusOn(el, 'utenforskap');
    await press(el, 'l');
    await press(el, 'l');
    const loops = loopsThrough('samarbeid');
    expect(loops.length).to.be.greaterThan(2);
    await focusOn(el, 'samarbeid');
    await press(el, 'l');
    expectHighlighted(loops[0]!);
  });
});
