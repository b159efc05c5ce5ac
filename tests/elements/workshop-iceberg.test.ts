/**
 * Workshop mode of `<floke-iceberg>` (`editable`): each edit by pointer and by keyboard (add to a layer, rename,
 * remove, move between layers, draw and remove an explanation, notes), undo and redo back to exactly the document
 * before, the given object never touched, a refused edit that changes nothing and says why, a draft that survives a
 * reload, the text alternative following the edits, and axe in edit mode.
 *
 * The map: one element in each of the four layers, and one explanation, structure → pattern.
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
  type FlokeIceberg,
  type Mounted,
} from './view-helpers.js';
import { deepFreeze } from './workshop-helpers.js';

const iceberg = (): FlokeDocument => ({
  floke: '1.0',
  id: 'iceberg-workshop-test',
  title: 'Iceberg workshop',
  language: 'en',
  elements: [
    { id: 'dropout', kind: 'insight', label: 'Dropout', layer: 'events' },
    { id: 'projects', kind: 'insight', label: 'Projects die out', layer: 'patterns' },
    { id: 'silos', kind: 'factor', label: 'Silo funding', layer: 'structures' },
    { id: 'repair', kind: 'insight', label: 'Repair over prevention', layer: 'mental-models' },
  ],
  relations: [{ from: 'silos', to: 'projects', type: 'explains' }],
});

const today = () => new Date().toISOString().slice(0, 10);
const doc = (el: FlokeIceberg) => el.data as FlokeDocument;
const q = <T extends Element = HTMLElement>(el: FlokeIceberg, selector: string) => root(el).querySelector<T>(selector)!;
const press = async (el: FlokeIceberg, key: string) => {
  await sendKeys({ press: key });
  await settle(el);
};
/** Presses `key` with the modifiers held (sendKeys presses one key at a time). */
const chord = async (el: FlokeIceberg, modifiers: string[], key: string) => {
  for (const modifier of modifiers) await sendKeys({ down: modifier });
  await sendKeys({ press: key });
  for (const modifier of [...modifiers].reverse()) await sendKeys({ up: modifier });
  await settle(el);
};
const focusOn = async (el: FlokeIceberg, id: string) => {
  el.focusElement(id);
  await until(() => activeId(el) === id, `focus on ${id}`);
};
const select = async (el: FlokeIceberg, id: string) => {
  el.selected = id;
  await settle(el);
};
/** Each element as "id@layer", in document order. */
const placed = (el: FlokeIceberg) => doc(el).elements.map((e) => `${e.id}@${e.layer}`);
const explanations = (el: FlokeIceberg) => (doc(el).relations ?? []).map((r) => `${r.from}>${r.to}`);
/** The layer each chip is drawn in. */
const drawnLayer = (el: FlokeIceberg, id: string) => el.layout!.chips.find((c) => c.id === id)?.layer;
/** The elements the text alternative lists in a layer, by their visible names. */
const listed = (el: FlokeIceberg, layer: string) =>
  [...root(el).querySelectorAll(`details.text-alternative li[data-layer="${layer}"] ul.elements > li`)].map((li) =>
    li.textContent!.replace(/\s+/g, ' ').trim(),
  );

/** Mounts an editable iceberg and waits for its workshop panel (the editor is loaded with `editable`). */
async function mountEditable(data: FlokeDocument, width = 1100): Promise<Mounted<FlokeIceberg>> {
  const mounted = await mount<FlokeIceberg>('floke-iceberg', data, { lang: 'en', width, attributes: { editable: '' } });
  await until(() => root(mounted.el).querySelector('section.workshop'), 'the workshop panel');
  await settle(mounted.el);
  return mounted;
}

describe('floke-iceberg workshop mode', function () {
  this.timeout(30000);
  let mounted: Mounted<FlokeIceberg>;
  let given: FlokeDocument;

  beforeEach(async () => {
    indexedDB.deleteDatabase('floke-drafts');
    given = deepFreeze(iceberg());
    mounted = await mountEditable(given);
  });
  afterEach(async () => {
    mounted.remove();
    await resetMouse();
  });

  it('adds an element to a layer by its button, with the kind chosen, and emits floke-change with the patch', async () => {
    const { el } = mounted;
    const changes = record<FlokeChangeDetail>(el, 'floke-change');
    q<HTMLInputElement>(el, 'input.new-element').value = 'Short-term funding';
    const kind = q<HTMLSelectElement>(el, '.add-element select[name="kind"]');
    kind.value = 'factor';
    q(el, 'button.add-to[data-layer="structures"]').click();
    await settle(el);
    expect(changes.details.map((d) => [d.cause, d.patch])).to.deep.equal([
      [
        'edit',
        [
          {
            op: 'add',
            path: '/elements/4',
            value: { id: 'short-term-funding', kind: 'factor', label: 'Short-term funding', layer: 'structures' },
          },
        ],
      ],
    ]);
    expect(drawnLayer(el, 'short-term-funding')).to.equal('structures');
    expect(announcement(el)).to.equal('Added “Short-term funding” to “Structures”.');
    expect(q(el, '.counts').textContent!.trim()).to.equal('5 elements · 1 explanation');
    expect(given).to.deep.equal(iceberg());
  });

  it('adds an element by keyboard: N on a chip aims the name field at its layer, then type and Enter', async () => {
    const { el } = mounted;
    await focusOn(el, 'projects');
    await press(el, 'n');
    await until(() => root(el).activeElement === q(el, 'input.new-element'), 'the name field has focus');
    expect(announcement(el)).to.equal('Type the name of the new element in “Patterns”, and press Enter.');
    expect(q(el, '#enter-adds-to').textContent!.trim()).to.equal('Enter adds it to “Patterns”.');
    await sendKeys({ type: 'Waiting lists' });
    await press(el, 'Enter');
    expect(placed(el)).to.include('waiting-lists@patterns');
    expect(el.selected).to.equal('waiting-lists');
  });

  it('marks what was added since the workshop began, by a tag and in words, in the drawing and the text alternative', async () => {
    const { el } = mounted;
    q<HTMLInputElement>(el, 'input.new-element').value = 'Waiting lists';
    q(el, 'button.add-to[data-layer="patterns"]').click();
    await settle(el);
    expect([...root(el).querySelectorAll<SVGGElement>('.new-badge')].map((b) => [b.dataset.for, b.textContent!.trim()])).to.deep.equal([
      ['waiting-lists', 'NEW'],
    ]);
    expect(q(el, 'g.chip[data-id="waiting-lists"]').getAttribute('aria-label')).to.match(/, new in the workshop$/);
    expect(listed(el, 'patterns')).to.deep.equal([
      '▲ Insight: Projects die out Explained by: Silo funding',
      '▲ Insight: Waiting lists, new in the workshop',
    ]);
  });

  it('asks for a name when a layer’s button is pressed with the name field empty, and adds nothing', async () => {
    const { el } = mounted;
    q(el, 'button.add-to[data-layer="mental-models"]').click();
    await until(() => root(el).activeElement === q(el, 'input.new-element'), 'the name field has focus');
    expect(announcement(el)).to.equal('Type the name of the new element in “Mental models”, and press Enter.');
    expect(doc(el)).to.equal(given);
    expect(q(el, 'button.add-to.target').dataset.layer).to.equal('mental-models');
  });

  it('renames an element by the panel, and by F2 on its chip', async () => {
    const { el } = mounted;
    await select(el, 'dropout');
    q<HTMLInputElement>(el, 'input.rename').value = 'School dropout';
    (q(el, 'input.rename').closest('form')!.querySelector('button[type="submit"]') as HTMLButtonElement).click();
    await settle(el);
    await focusOn(el, 'repair');
    await press(el, 'F2');
    await until(() => root(el).activeElement === q(el, 'input.rename'), 'the rename field has focus');
    q<HTMLInputElement>(el, 'input.rename').value = 'Repair first';
    await press(el, 'Enter');
    expect(doc(el).elements.map((e) => e.label)).to.deep.equal(['School dropout', 'Projects die out', 'Silo funding', 'Repair first']);
    expect(announcement(el)).to.equal('“Repair over prevention” is now called “Repair first”.');
  });

  it('removes an element with its explanations by the button, and by Delete on its chip', async () => {
    const { el } = mounted;
    await select(el, 'silos');
    q(el, 'button.remove-element').click();
    await settle(el);
    expect([placed(el), explanations(el)]).to.deep.equal([['dropout@events', 'projects@patterns', 'repair@mental-models'], []]);
    expect(announcement(el)).to.equal('Removed “Silo funding” and 1 explanation.');
    await focusOn(el, 'dropout');
    await press(el, 'Delete');
    expect(placed(el)).to.deep.equal(['projects@patterns', 'repair@mental-models']);
    expect(announcement(el)).to.equal('Removed “Dropout”.');
    expect(activeId(el)).to.equal('projects');
  });

  it('moves an element a layer down and up with Alt+arrows, keeping focus on it, and says when there is no layer further', async () => {
    const { el } = mounted;
    await focusOn(el, 'dropout');
    await chord(el, ['Alt'], 'ArrowDown');
    expect(placed(el)[0]).to.equal('dropout@patterns');
    expect(drawnLayer(el, 'dropout')).to.equal('patterns');
    expect(announcement(el)).to.equal('Moved “Dropout” to “Patterns”.');
    await until(() => activeId(el) === 'dropout', 'focus stays on the moved chip');
    await chord(el, ['Alt'], 'ArrowUp');
    await chord(el, ['Alt'], 'ArrowUp');
    expect(placed(el)[0]).to.equal('dropout@events');
    expect(announcement(el)).to.equal('“Dropout” is already in the top layer.');
  });

  it('moves an element by the panel’s layer picker, and by dragging its chip into another layer', async () => {
    const { el } = mounted;
    await select(el, 'repair');
    const picker = q<HTMLSelectElement>(el, 'select.layer-picker');
    picker.value = 'structures';
    picker.dispatchEvent(new Event('change'));
    await settle(el);
    expect(placed(el)[3]).to.equal('repair@structures');
    const [x, y] = pointOf(el, 'dropout');
    const box = (id: string) => q(el, `g.chip[data-id="${id}"] rect.chip-box`).getBoundingClientRect();
    const target = y + box('projects').top - box('dropout').top;
    await sendMouse({ type: 'move', position: [Math.round(x), Math.round(y)] });
    await sendMouse({ type: 'down' });
    await sendMouse({ type: 'move', position: [Math.round(x), Math.round((y + target) / 2)] });
    await sendMouse({ type: 'move', position: [Math.round(x), Math.round(target)] });
    await sendMouse({ type: 'up' });
    await settle(el);
    expect(placed(el)[0]).to.equal('dropout@patterns');
    // The drag was not also a click: the selection stayed where it was.
    expect(el.selected).to.equal('repair');
  });

  it('draws an explanation by keyboard (K, arrows to the target, Enter) and shows its chain', async () => {
    const { el } = mounted;
    await focusOn(el, 'repair');
    await press(el, 'k');
    expect(announcement(el)).to.equal(
      'What does “Repair over prevention” explain? Go to the element with the arrow keys and press Enter, or click it. Esc cancels.',
    );
    expect(q(el, 'g.chip[data-id="repair"]').classList.contains('link-from')).to.equal(true);
    // Every other chip is a candidate: none is dimmed while the explanation waits for its target.
    expect(root(el).querySelectorAll('g.chip.dimmed')).to.have.length(0);
    await press(el, 'ArrowUp');
    expect([activeId(el), announcement(el)]).to.deep.equal(['silos', '“Silo funding”. Enter draws the explanation.']);
    await press(el, 'Enter');
    expect(explanations(el)).to.deep.equal(['silos>projects', 'repair>silos']);
    expect(announcement(el)).to.equal('“Repair over prevention” now explains “Silo funding”.');
    await until(() => q(el, 'g.explains[data-link-id]').closest('svg') && el.layout!.links.length === 2, 'the new link');
    expect(el.chain!.chips).to.deep.equal(new Set(['repair', 'silos', 'projects']));
  });

  it('draws an explanation by pointer: the panel’s button, then a click on the target', async () => {
    const { el } = mounted;
    await select(el, 'projects');
    q(el, 'button.start-link').click();
    await settle(el);
    expect(q(el, '.link-draft').textContent).to.contain('What does “Projects die out” explain?');
    await clickAt(pointOf(el, 'dropout'));
    await settle(el);
    expect(explanations(el)).to.deep.equal(['silos>projects', 'projects>dropout']);
    expect(el.selected).to.equal('projects');
    expect(root(el).querySelector('.link-draft')).to.equal(null);
  });

  it('keeps waiting when the element itself is picked as its own target, and Esc cancels the explanation', async () => {
    const { el } = mounted;
    await focusOn(el, 'dropout');
    await press(el, 'k');
    await press(el, 'Enter');
    expect(announcement(el)).to.equal('An element cannot explain itself. Choose another.');
    await press(el, 'Escape');
    expect(announcement(el)).to.equal('No explanation was drawn.');
    expect(root(el).querySelector('.chip.link-from')).to.equal(null);
    expect(doc(el)).to.equal(given);
  });

  it('refuses an explanation that is already there, says why and leaves the document as it was', async () => {
    const { el } = mounted;
    await focusOn(el, 'silos');
    await press(el, 'k');
    await press(el, 'ArrowUp');
    expect(activeId(el)).to.equal('projects');
    await press(el, 'Enter');
    expect(doc(el)).to.equal(given);
    expect(q(el, '.refusal').textContent).to.contain('There is already a explains relation from “silos” to “projects”.');
    expect(announcement(el)).to.equal('The change was not made: There is already a explains relation from “silos” to “projects”.');
  });

  it('removes an explanation by the panel', async () => {
    const { el } = mounted;
    await select(el, 'projects');
    expect(q(el, '.link-edit .link-name').textContent!.trim()).to.equal('“Silo funding” explains “Projects die out”');
    q(el, '.link-edit[data-from="silos"][data-to="projects"] button.remove-link').click();
    await settle(el);
    expect(explanations(el)).to.deep.equal([]);
    expect(announcement(el)).to.equal('Removed the explanation “Silo funding” → “Projects die out”.');
    expect(q(el, 'g.chip[data-id="projects"]').getAttribute('aria-label')).to.contain('0 explanations');
  });

  it('adds dated notes to the selected element and to one of its explanations, and lists them', async () => {
    const { el } = mounted;
    await select(el, 'projects');
    const note = async (about: string, text: string) => {
      q<HTMLSelectElement>(el, '.add-note select[name="about"]').value = about;
      const input = q<HTMLInputElement>(el, '.add-note input[name="note"]');
      input.focus();
      input.value = text;
      await press(el, 'Enter');
    };
    await note('', 'Said by a youth counsellor');
    await note('0', 'Funding ends after three years');
    expect(doc(el).elements[1]!.notes).to.deep.equal([{ date: today(), text: 'Said by a youth counsellor' }]);
    expect(doc(el).relations![0]!.notes).to.deep.equal([{ date: today(), text: 'Funding ends after three years' }]);
    expect(announcement(el)).to.equal('Added a note about “Silo funding” explains “Projects die out”.');
    expect([...root(el).querySelectorAll('ul.notes li')].map((li) => li.textContent!.replace(/\s+/g, ' ').trim())).to.deep.equal([
      `${today()} Said by a youth counsellor`,
      `${today()} “Silo funding” explains “Projects die out”: Funding ends after three years`,
    ]);
  });

  it('undoes every edit back to exactly the given document and redoes them, by keys and by buttons', async () => {
    const { el } = mounted;
    q<HTMLInputElement>(el, 'input.new-element').value = 'Waiting lists';
    q(el, 'button.add-to[data-layer="patterns"]').click();
    await settle(el);
    await focusOn(el, 'dropout');
    await chord(el, ['Alt'], 'ArrowDown');
    await focusOn(el, 'repair');
    await press(el, 'k');
    await press(el, 'ArrowUp');
    await press(el, 'Enter');
    const edited = doc(el);
    expect(explanations(el)).to.deep.equal(['silos>projects', 'repair>silos']);
    await chord(el, ['Control'], 'z');
    expect(explanations(el)).to.deep.equal(['silos>projects']);
    q(el, 'button.undo').click();
    await settle(el);
    q(el, 'button.undo').click();
    await settle(el);
    expect(doc(el)).to.deep.equal(iceberg());
    expect(q<HTMLButtonElement>(el, 'button.undo').disabled).to.equal(true);
    await focusOn(el, 'dropout');
    await chord(el, ['Control', 'Shift'], 'Z');
    q(el, 'button.redo').click();
    await settle(el);
    q(el, 'button.redo').click();
    await settle(el);
    expect(doc(el)).to.deep.equal(edited);
    expect(given).to.deep.equal(iceberg());
  });

  it('offers the draft back after a reload and restores it, with what was new', async () => {
    const { el } = mounted;
    q<HTMLInputElement>(el, 'input.new-element').value = 'Waiting lists';
    q(el, 'button.add-to[data-layer="patterns"]').click();
    await settle(el);
    const edited = doc(el);
    // The draft is written after the change; give IndexedDB its turn.
    await new Promise((resolve) => setTimeout(resolve, 200));
    mounted.remove();
    mounted = await mountEditable(deepFreeze(iceberg()));
    const again = mounted.el;
    await until(() => root(again).querySelector('.restore-draft'), 'the draft offer');
    q(again, '.restore-draft').click();
    await settle(again);
    expect(doc(again)).to.deep.equal(edited);
    expect(announcement(again)).to.equal('Restored the draft.');
    expect([...root(again).querySelectorAll<SVGGElement>('g.chip.new')].map((n) => n.dataset.id)).to.deep.equal(['waiting-lists']);
  });

  it('draws an explanation in the narrow form: the panel’s button, then the target in the list', async () => {
    mounted.remove();
    mounted = await mountEditable(deepFreeze(iceberg()), 400);
    const { el } = mounted;
    await select(el, 'repair');
    q(el, 'button.start-link').click();
    await settle(el);
    q<HTMLButtonElement>(el, 'ol.layers button[data-id="projects"]').focus();
    await press(el, 'Enter');
    expect(explanations(el)).to.deep.equal(['silos>projects', 'repair>projects']);
    expect(announcement(el)).to.equal('“Repair over prevention” now explains “Projects die out”.');
    expect(el.selected).to.equal('repair');
  });

  it('edits through a shared editor (as in an editable explorer), and leaves the toolbar to its owner', async () => {
    const owner = mounted.el;
    const second = await mountEditable(deepFreeze(iceberg()));
    try {
      second.el.sharedEditor = owner.editor;
      await settle(second.el);
      expect([root(second.el).querySelector('button.undo'), root(second.el).querySelector('.counts')]).to.deep.equal([null, null]);
      q<HTMLInputElement>(second.el, 'input.new-element').value = 'Waiting lists';
      q(second.el, 'button.add-to[data-layer="patterns"]').click();
      await settle(owner);
      expect(placed(owner)).to.include('waiting-lists@patterns');
      expect(doc(second.el)).to.deep.equal(iceberg());
    } finally {
      second.remove();
    }
  });

  for (const { width, scheme } of [
    { width: 1100, scheme: 'light' },
    { width: 1100, scheme: 'dark' },
    { width: 360, scheme: 'light' },
    { width: 360, scheme: 'dark' },
  ]) {
    it(`passes axe in edit mode at ${width} px in the ${scheme} scheme, with an element selected and an explanation begun`, async () => {
      mounted.remove();
      mounted = await mountEditable(deepFreeze(iceberg()), width);
      mounted.container.setAttribute('data-color-scheme', scheme);
      const { el } = mounted;
      q<HTMLInputElement>(el, 'input.new-element').value = 'Waiting lists';
      q(el, 'button.add-to[data-layer="patterns"]').click();
      await settle(el);
      q(el, 'button.start-link').click();
      await settle(el);
      await expect(el).to.be.accessible({ ignoredRules: ['label-content-name-mismatch'] });
    });
  }
});
