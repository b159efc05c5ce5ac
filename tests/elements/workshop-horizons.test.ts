/**
 * Workshop mode of `<floke-horizons>` (`editable`): each edit by pointer and by keyboard, undo and redo back to exactly
 * the document before, the given object never touched, a refused edit that changes nothing and says why, labels kept
 * apart after edits, the text alternative following the document, a draft that survives a reload, and axe in edit mode.
 *
 * The map: a ten-year axis (2020–2030) with one element on each horizon, and one H2 element with a period.
 */
import { expect } from '@open-wc/testing';
import './lit-dev-warnings.js';
import { resetMouse, sendKeys, sendMouse, setViewport } from '@web/test-runner-commands';
import type { FlokeDocument } from '@floke/core';
import { boxesOverlap } from '../../packages/core/src/geometry/geometry.js';
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
  type FlokeHorizons,
  type Mounted,
} from './view-helpers.js';
import { deepFreeze } from './workshop-helpers.js';

const start = (): FlokeDocument => ({
  floke: '1.0',
  id: 'horizons-workshop-test',
  title: 'Workshop',
  language: 'en',
  elements: [
    { id: 'a', kind: 'initiative', label: 'Alpha', horizon: 'H1', date: '2022' },
    { id: 'b', kind: 'initiative', label: 'Beta', horizon: 'H2', date: '2024-03' },
    { id: 'c', kind: 'goal', label: 'Gamma', horizon: 'H3', date: '2028' },
    { id: 'p', kind: 'initiative', label: 'Pilot', horizon: 'H2', period: { start: '2021-01', end: '2022-06' } },
  ],
  relations: [],
  views: { horizons: { start: '2020', end: '2030', now: '2026-07' } },
});

const doc = (el: FlokeHorizons) => el.data as FlokeDocument;
const q = <T extends Element = HTMLElement>(el: FlokeHorizons, selector: string) => root(el).querySelector<T>(selector)!;
const element = (el: FlokeHorizons, id: string) => doc(el).elements.find((e) => e.id === id)!;
const ids = (el: FlokeHorizons) => doc(el).elements.map((e) => e.id);
const press = async (el: FlokeHorizons, key: string) => {
  await sendKeys({ press: key });
  await settle(el);
};
/** Presses `key` with the modifiers held (sendKeys presses one key at a time). */
const chord = async (el: FlokeHorizons, modifiers: string[], key: string) => {
  for (const modifier of modifiers) await sendKeys({ down: modifier });
  await sendKeys({ press: key });
  for (const modifier of [...modifiers].reverse()) await sendKeys({ up: modifier });
  await settle(el);
};
const focusOn = async (el: FlokeHorizons, id: string) => {
  el.focusElement(id);
  await until(() => activeId(el) === id, `focus on ${id}`);
};
const select = async (el: FlokeHorizons, id: string) => {
  el.selected = id;
  await settle(el);
};
/** Types into a field as a user would, then presses Enter in it. */
const typeAndEnter = async (el: FlokeHorizons, input: HTMLInputElement, text: string) => {
  input.focus();
  input.value = '';
  await sendKeys({ type: text });
  await press(el, 'Enter');
};
/** The client point of layout point (x, y) in the drawing. */
const clientOf = (el: FlokeHorizons, x: number, y: number): [number, number] => {
  const svg = q<SVGSVGElement>(el, 'svg.horizons');
  svg.scrollIntoView({ block: 'center' });
  const m = svg.getScreenCTM()!;
  return [x * m.a + m.e, y * m.d + m.f];
};
/** Where a horizon's curve is drawn at decimal year `year` (layout units). */
const curveAt = (el: FlokeHorizons, horizon: 'H1' | 'H2' | 'H3', year: number) => {
  const layout = el.layout!;
  const x = layout.plot.left + ((year - layout.start) / (layout.end - layout.start)) * (layout.plot.right - layout.plot.left);
  const points = layout.curves[horizon];
  const i = points.findIndex((p) => p.x >= x);
  const [a, b] = [points[i - 1]!, points[i]!];
  return { x, y: a.y + ((x - a.x) / (b.x - a.x)) * (b.y - a.y) };
};

describe('floke-horizons workshop mode', function () {
  this.timeout(30000);
  let mounted: Mounted<FlokeHorizons>;
  let given: FlokeDocument;

  before(() => setViewport({ width: 1100, height: 900 }));
  beforeEach(async () => {
    indexedDB.deleteDatabase('floke-drafts');
    given = deepFreeze(start());
    mounted = await mount<FlokeHorizons>('floke-horizons', given, { lang: 'en', attributes: { editable: '' } });
  });
  afterEach(async () => {
    mounted.remove();
    await resetMouse();
  });

  it('adds an element by the form and its button, emits floke-change with the patch, and tags it NEW', async () => {
    const { el } = mounted;
    const changes = record<FlokeChangeDetail>(el, 'floke-change');
    q<HTMLInputElement>(el, 'input.add-name').value = 'Delta';
    const horizon = q<HTMLSelectElement>(el, '.add-element select[name="horizon"]');
    horizon.value = 'H3';
    horizon.dispatchEvent(new Event('change'));
    const date = q<HTMLInputElement>(el, 'input.add-date');
    date.value = '2027-05';
    date.dispatchEvent(new Event('input'));
    q(el, '.add-element button[type="submit"]').click();
    await settle(el);
    expect(changes.details.map((d) => [d.cause, d.patch])).to.deep.equal([
      [
        'edit',
        [{ op: 'add', path: '/elements/4', value: { id: 'delta', kind: 'initiative', label: 'Delta', horizon: 'H3', date: '2027-05' } }],
      ],
    ]);
    expect(announcement(el)).to.equal('Added “Delta” on H3 Desired future, May 2027.');
    expect(q(el, 'g.label[data-id="delta"] .new-badge').textContent!.trim()).to.equal('NEW');
    expect(root(el).querySelectorAll('.new-badge')).to.have.length(1);
    expect(q(el, 'g.marker[data-id="delta"]').getAttribute('aria-label')).to.match(/, new in the workshop$/);
    // The export draws the tag as the view does, with its rules.
    const svg = el.toSVG();
    expect([svg.match(/class="new-badge"/g)?.length, svg.includes('.new-badge rect')]).to.deep.equal([1, true]);
    expect(given).to.deep.equal(start());
  });

  it('adds an element by keyboard: N on a marker fills in its horizon and date and puts focus in the name', async () => {
    const { el } = mounted;
    await focusOn(el, 'b');
    await press(el, 'n');
    await until(() => root(el).activeElement === q(el, 'input.add-name'), 'the name field has focus');
    expect(announcement(el)).to.equal('New element on H2 Innovation and transition, Mar 2024: type its name and press Enter.');
    expect([
      q<HTMLSelectElement>(el, '.add-element select[name="horizon"]').value,
      q<HTMLInputElement>(el, 'input.add-date').value,
    ]).to.deep.equal(['H2', '2024-03']);
    await typeAndEnter(el, q<HTMLInputElement>(el, 'input.add-name'), 'Epsilon');
    expect(element(el, 'epsilon')).to.deep.equal({ id: 'epsilon', kind: 'initiative', label: 'Epsilon', horizon: 'H2', date: '2024-03' });
  });

  it('takes a "/" typed in the name as text, not as the search key', async () => {
    const { el } = mounted;
    await typeAndEnter(el, q<HTMLInputElement>(el, 'input.add-name'), 'School/NAV');
    expect(element(el, 'school-nav').label).to.equal('School/NAV');
  });

  it('adds an element by pointer: a click near a curve picks that horizon and the month there', async () => {
    const { el } = mounted;
    // Early July 2023 on H3, where the curves run far apart: the nearest month start is July; 6 px below the curve.
    const at = curveAt(el, 'H3', 2023.51);
    await clickAt(clientOf(el, at.x, at.y + 6));
    await settle(el);
    expect([
      q<HTMLSelectElement>(el, '.add-element select[name="horizon"]').value,
      q<HTMLInputElement>(el, 'input.add-date').value,
    ]).to.deep.equal(['H3', '2023-07']);
    expect(root(el).querySelectorAll('.workshop-marks .spot')).to.have.length(1);
    await until(() => root(el).activeElement === q(el, 'input.add-name'), 'the name field has focus');
    await sendKeys({ type: 'Zeta' });
    await press(el, 'Enter');
    expect(element(el, 'zeta')).to.deep.equal({ id: 'zeta', kind: 'initiative', label: 'Zeta', horizon: 'H3', date: '2023-07' });
    expect(root(el).querySelectorAll('.workshop-marks .spot')).to.have.length(0);
  });

  it('leaves the form alone after a click far from every curve, and drops a place picked before', async () => {
    const { el } = mounted;
    const layout = el.layout!;
    const far = clientOf(el, layout.plot.left + 20, layout.plot.top + 2);
    // Until something sets it, the form's date is the month of the axis's "now" (2026-07).
    expect(q<HTMLInputElement>(el, 'input.add-date').value).to.equal('2026-07');
    await clickAt(far);
    await settle(el);
    expect(q<HTMLInputElement>(el, 'input.add-date').value).to.equal('2026-07');
    const at = curveAt(el, 'H3', 2023.51);
    await clickAt(clientOf(el, at.x, at.y));
    await settle(el);
    expect(root(el).querySelectorAll('.workshop-marks .spot')).to.have.length(1);
    await clickAt(far);
    await settle(el);
    expect(root(el).querySelectorAll('.workshop-marks .spot')).to.have.length(0);
    expect(q<HTMLInputElement>(el, 'input.add-date').value).to.equal('2023-07');
  });

  it('renames an element by the panel, and by F2 on its marker', async () => {
    const { el } = mounted;
    await select(el, 'a');
    q<HTMLInputElement>(el, 'input.rename').value = 'Alpha one';
    (q(el, 'input.rename').closest('form')!.querySelector('button[type="submit"]') as HTMLButtonElement).click();
    await settle(el);
    await focusOn(el, 'b');
    await press(el, 'F2');
    await until(() => root(el).activeElement === q(el, 'input.rename'), 'the rename field has focus');
    await typeAndEnter(el, q<HTMLInputElement>(el, 'input.rename'), 'Beta two');
    expect(doc(el).elements.map((e) => e.label)).to.deep.equal(['Alpha one', 'Beta two', 'Gamma', 'Pilot']);
  });

  it('removes an element by the button, and by Delete with focus kept in the drawing', async () => {
    const { el } = mounted;
    await select(el, 'a');
    q(el, 'button.remove-element').click();
    await settle(el);
    expect(ids(el)).to.deep.equal(['b', 'c', 'p']);
    await focusOn(el, 'c');
    await press(el, 'Delete');
    expect(ids(el)).to.deep.equal(['b', 'p']);
    expect(announcement(el)).to.equal('Removed “Gamma”.');
    expect(['b', 'p']).to.include(activeId(el));
  });

  it('moves an element a month with Alt+Right and a year with Alt+Shift+Left, focus staying on it', async () => {
    const { el } = mounted;
    await focusOn(el, 'b');
    await chord(el, ['Alt'], 'ArrowRight');
    expect(element(el, 'b').date).to.equal('2024-04');
    expect(announcement(el)).to.equal('“Beta” is now dated Apr 2024.');
    await chord(el, ['Alt', 'Shift'], 'ArrowLeft');
    expect(element(el, 'b').date).to.equal('2023-04');
    await until(() => activeId(el) === 'b', 'focus on b');
  });

  it('keeps focus on the moved element when the move changes the drawing order', async () => {
    const { el } = mounted;
    await focusOn(el, 'a');
    // Alpha (2022) moves three years on, past Beta (2024-03): the markers are drawn in a new order.
    for (let i = 0; i < 3; i++) await chord(el, ['Alt', 'Shift'], 'ArrowRight');
    expect(element(el, 'a').date).to.equal('2025');
    await until(() => activeId(el) === 'a', 'focus on a');
  });

  it('moves a whole period by a month: start and end together', async () => {
    const { el } = mounted;
    await focusOn(el, 'p');
    await chord(el, ['Alt'], 'ArrowLeft');
    expect(element(el, 'p').period).to.deep.equal({ start: '2020-12', end: '2022-05' });
  });

  it('moves an element along time by a drag, snapped to the month', async () => {
    const { el } = mounted;
    const layout = el.layout!;
    const perYear = (layout.plot.right - layout.plot.left) / (layout.end - layout.start);
    const [x, y] = pointOf(el, 'b');
    const scale = q<SVGSVGElement>(el, 'svg.horizons').getScreenCTM()!.a;
    // Beta stands at March 2024; 14 months on is May 2025.
    const dx = (14 / 12) * perYear * scale;
    await sendMouse({ type: 'move', position: [Math.round(x), Math.round(y)] });
    await sendMouse({ type: 'down' });
    await sendMouse({ type: 'move', position: [Math.round(x + dx / 2), Math.round(y)] });
    await sendMouse({ type: 'move', position: [Math.round(x + dx), Math.round(y + 20)] });
    await settle(el);
    expect(q(el, '.drag-date').textContent!.trim()).to.equal('May 2025');
    await sendMouse({ type: 'up' });
    await settle(el);
    expect(element(el, 'b').date).to.equal('2025-05');
    expect(el.selected, 'a drag is not a click').to.equal(undefined);
    expect(root(el).querySelectorAll('.drag-ghost')).to.have.length(0);
  });

  it('changes horizon with Alt+Up and Alt+Down, and by the panel; leaving H2 drops its shift', async () => {
    const { el } = mounted;
    await focusOn(el, 'b');
    await press(el, 's');
    expect(element(el, 'b').horizonShift).to.equal('toward-h3');
    await chord(el, ['Alt'], 'ArrowUp');
    expect([element(el, 'b').horizon, element(el, 'b').horizonShift]).to.deep.equal(['H3', undefined]);
    expect(announcement(el)).to.equal('“Beta” is now on H3 Desired future.');
    await chord(el, ['Alt'], 'ArrowUp');
    expect(announcement(el)).to.equal('“Beta” is already on H3 Desired future.');
    await chord(el, ['Alt'], 'ArrowDown');
    expect(element(el, 'b').horizon).to.equal('H2');
    await select(el, 'c');
    const horizon = q<HTMLSelectElement>(el, 'select.horizon-of');
    horizon.value = 'H1';
    horizon.dispatchEvent(new Event('change'));
    await settle(el);
    expect(element(el, 'c').horizon).to.equal('H1');
  });

  it('marks H2+ and H2− with S (none → H2+ → H2− → none) and with the panel buttons', async () => {
    const { el } = mounted;
    await focusOn(el, 'b');
    const shifts: (string | undefined)[] = [];
    for (let i = 0; i < 3; i++) {
      await press(el, 's');
      shifts.push(element(el, 'b').horizonShift);
    }
    expect(shifts).to.deep.equal(['toward-h3', 'absorbed-by-h1', undefined]);
    await select(el, 'b');
    q(el, 'button.shift-button[data-shift="absorbed-by-h1"]').click();
    await settle(el);
    expect(element(el, 'b').horizonShift).to.equal('absorbed-by-h1');
    expect(q(el, 'button.shift-button[data-shift="absorbed-by-h1"]').getAttribute('aria-pressed')).to.equal('true');
    expect(q(el, 'g.marker[data-id="b"] path.shift').getAttribute('class')).to.equal('shift absorbed-by-h1');
    expect(q(el, '.counts').textContent!.trim()).to.equal('1 on H1 · 2 on H2 (1 H2−) · 1 on H3');
  });

  it('refuses H2+ on an element not on H2, says why, and leaves the document as it was', async () => {
    const { el } = mounted;
    const before = doc(el);
    await focusOn(el, 'a');
    await press(el, 's');
    expect(doc(el)).to.equal(before);
    expect(q(el, '.refusal li').textContent!.replace(/\s+/g, ' ').trim()).to.equal(
      '/elements/0/horizonShift “horizonShift” applies only to elements on horizon H2, not H1.',
    );
    expect(announcement(el)).to.equal('The change was not made: “horizonShift” applies only to elements on horizon H2, not H1.');
  });

  it('refuses a date that does not exist, typed in the panel, and says where', async () => {
    const { el } = mounted;
    const before = doc(el);
    await select(el, 'c');
    await typeAndEnter(el, q<HTMLInputElement>(el, 'input.date-of'), '2028-13');
    expect(doc(el)).to.equal(before);
    expect(q(el, '.refusal code').textContent).to.equal('/elements/2/date');
  });

  it('sets a date by the panel (Enter) and adds a dated note to the selected element (its button)', async () => {
    const { el } = mounted;
    await select(el, 'c');
    await typeAndEnter(el, q<HTMLInputElement>(el, 'input.date-of'), '2029-02');
    q<HTMLInputElement>(el, '.add-note input').value = 'Said by the youth panel';
    q(el, '.add-note button[type="submit"]').click();
    await settle(el);
    const today = new Date().toISOString().slice(0, 10);
    expect([element(el, 'c').date, element(el, 'c').notes]).to.deep.equal(['2029-02', [{ date: today, text: 'Said by the youth panel' }]]);
    expect(q(el, 'section.details').textContent).to.contain('Said by the youth panel');
  });

  it('keeps every label at rest clear of the others and of every marker after adding four at one date', async () => {
    const { el } = mounted;
    await focusOn(el, 'b');
    for (const name of ['One', 'Two', 'Three', 'Four']) {
      await press(el, 'n');
      await until(() => root(el).activeElement === q(el, 'input.add-name'), 'the name field has focus');
      await sendKeys({ type: `${name} more support for young people` });
      await press(el, 'Enter');
      await focusOn(el, 'b');
    }
    const atRest = el.layout!.elements.filter((e) => e.labelled);
    expect(atRest.map((e) => e.id)).to.include.members(['one-more-support-for-young-people', 'four-more-support-for-young-people']);
    const overlaps = atRest.flatMap((a, i) =>
      atRest
        .slice(i + 1)
        .filter((b) => boxesOverlap(a.labelBox, b.labelBox))
        .map((b) => `${a.id}×${b.id}`),
    );
    const marks = el.layout!.elements.map((e) => ({ id: e.id, box: { ...e.mark, width: 16, height: 16 } }));
    const covered = atRest.flatMap((a) => marks.filter((m) => boxesOverlap(a.labelBox, m.box)).map((m) => `${a.id}×${m.id}`));
    expect([overlaps, covered]).to.deep.equal([[], []]);
  });

  it('keeps the text alternative, the drawing’s name and the counts in step with the document', async () => {
    const { el } = mounted;
    await focusOn(el, 'c');
    await press(el, 'n');
    await until(() => root(el).activeElement === q(el, 'input.add-name'), 'the name field has focus');
    await sendKeys({ type: 'Theta' });
    await press(el, 'Enter');
    const h3 = [...root(el).querySelectorAll('.text-alternative .timeline[data-horizon="H3"] li')].map((li) =>
      li.textContent!.replace(/\s+/g, ' ').trim(),
    );
    expect(h3).to.deep.equal(['2028Gamma', '2028Theta, new in the workshop']);
    expect(q(el, 'svg.horizons').getAttribute('aria-label')).to.contain('5');
    expect(q(el, '.counts').textContent!.trim()).to.equal('1 on H1 · 2 on H2 · 2 on H3');
  });

  it('undoes every edit back to exactly the given document and redoes them, by keys and by buttons', async () => {
    const { el } = mounted;
    await focusOn(el, 'b');
    await chord(el, ['Alt'], 'ArrowRight');
    await press(el, 's');
    await chord(el, ['Alt'], 'ArrowDown');
    await select(el, 'c');
    q(el, 'button.remove-element').click();
    await settle(el);
    const edited = doc(el);
    await focusOn(el, 'a');
    await chord(el, ['Control'], 'z');
    expect(ids(el)).to.deep.equal(['a', 'b', 'c', 'p']);
    for (let i = 0; i < 3; i++) {
      q(el, 'button.undo').click();
      await settle(el);
    }
    expect(doc(el)).to.deep.equal(start());
    expect(q<HTMLButtonElement>(el, 'button.undo').disabled).to.equal(true);
    await focusOn(el, 'a');
    await chord(el, ['Control', 'Shift'], 'Z');
    for (let i = 0; i < 3; i++) {
      q(el, 'button.redo').click();
      await settle(el);
    }
    expect(doc(el)).to.deep.equal(edited);
    expect(given).to.deep.equal(start());
  });

  it('offers the draft back after a reload and restores it, still tagged NEW', async () => {
    const { el } = mounted;
    await focusOn(el, 'c');
    await press(el, 'n');
    await until(() => root(el).activeElement === q(el, 'input.add-name'), 'the name field has focus');
    await sendKeys({ type: 'Iota' });
    await press(el, 'Enter');
    const edited = doc(el);
    // The draft is written after the change; give IndexedDB its turn.
    await new Promise((resolve) => setTimeout(resolve, 200));
    mounted.remove();
    mounted = await mount<FlokeHorizons>('floke-horizons', deepFreeze(start()), { lang: 'en', attributes: { editable: '' } });
    const again = mounted.el;
    await until(() => root(again).querySelector('.restore-draft'), 'the draft offer');
    q(again, '.restore-draft').click();
    await settle(again);
    expect(doc(again)).to.deep.equal(edited);
    expect(announcement(again)).to.equal('Restored the draft.');
    expect([...root(again).querySelectorAll<SVGGElement>('g.label:has(.new-badge)')].map((n) => n.dataset.id)).to.deep.equal(['iota']);
  });

  it('takes the same keys on the narrow form’s timeline buttons', async () => {
    mounted.remove();
    mounted = await mount<FlokeHorizons>('floke-horizons', deepFreeze(start()), { lang: 'en', width: 400, attributes: { editable: '' } });
    const { el } = mounted;
    const button = () => q(el, '.timeline button[data-id="b"]');
    button().focus();
    await chord(el, ['Alt'], 'ArrowRight');
    await press(el, 's');
    expect([element(el, 'b').date, element(el, 'b').horizonShift]).to.deep.equal(['2024-04', 'toward-h3']);
    await until(() => root(el).activeElement === button(), 'focus on b’s button');
    await press(el, 'Delete');
    expect(ids(el)).to.deep.equal(['a', 'c', 'p']);
    expect(root(el).activeElement?.matches('.timeline button')).to.equal(true);
  });

  it('passes axe in edit mode with an H2 element selected', async () => {
    const { el } = mounted;
    await select(el, 'b');
    await expect(el).to.be.accessible({ ignoredRules: ['label-content-name-mismatch'] });
  });
});
