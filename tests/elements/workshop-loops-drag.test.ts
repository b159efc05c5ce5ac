/**
 * Workshop mode of `<floke-causal-loops>`, pointer paths added with the editable explorer: a link drawn by dragging
 * (from the selected factor's handle, or with Shift from any factor; touch and mouse, as synthetic pointer events),
 * dated notes on a link, and the "✎ n" badge on factors and links with notes.
 *
 * The map: three factors in a chain, a → b → c.
 */
import { expect } from '@open-wc/testing';
import './lit-dev-warnings.js';
import { sendKeys } from '@web/test-runner-commands';
import type { FlokeDocument } from '@floke/core';
import { activeId, announcement, mount, pointOf, root, settle, until, type FlokeCausalLoops, type Mounted } from './view-helpers.js';

const chain = (): FlokeDocument => ({
  floke: '1.0',
  id: 'drag-test',
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
});

const doc = (el: FlokeCausalLoops) => el.data as FlokeDocument;
const q = <T extends Element = HTMLElement>(el: FlokeCausalLoops, selector: string) => root(el).querySelector<T>(selector);
const links = (el: FlokeCausalLoops) => (doc(el).relations ?? []).map((r) => `${r.from}>${r.to}${r.polarity ?? ''}`);
const centre = (element: Element): [number, number] => {
  const box = element.getBoundingClientRect();
  return [box.left + box.width / 2, box.top + box.height / 2];
};
const today = () => new Date().toISOString().slice(0, 10);

/** Sends one synthetic pointer event at a client point, as a finger or a mouse would. */
function pointer(target: Element, type: string, [x, y]: [number, number], options: PointerEventInit = {}): void {
  target.dispatchEvent(
    new PointerEvent(type, {
      bubbles: true,
      composed: true,
      cancelable: true,
      clientX: x,
      clientY: y,
      pointerId: 7,
      button: type === 'pointermove' ? -1 : 0,
      isPrimary: true,
      ...options,
    }),
  );
}

describe('floke-causal-loops workshop: drag to link, notes on links', function () {
  this.timeout(30000);
  let mounted: Mounted<FlokeCausalLoops>;

  beforeEach(async () => {
    indexedDB.deleteDatabase('floke-drafts');
    mounted = await mount<FlokeCausalLoops>('floke-causal-loops', chain(), { lang: 'en', attributes: { editable: '' } });
  });
  afterEach(() => mounted.remove());

  it('shows the link handle on the selected factor only', async () => {
    const { el } = mounted;
    expect(q(el, '.link-handle')).to.equal(null);
    el.selected = 'c';
    await settle(el);
    expect([...root(el).querySelectorAll('.link-handle')].map((h) => (h.closest('g.node') as SVGGElement).dataset.id)).to.deep.equal(['c']);
  });

  it('draws a link by a touch drag from the handle: a rubber band follows, the release opens the sign, + makes it', async () => {
    const { el } = mounted;
    el.selected = 'c';
    await settle(el);
    const to = pointOf(el, 'a');
    const handle = q(el, 'g.node[data-id="c"] .link-handle-disc')!;
    const svg = q(el, 'svg.diagram')!;
    const start = centre(handle);
    pointer(handle, 'pointerdown', start, { pointerType: 'touch' });
    await settle(el);
    expect(announcement(el)).to.equal('Link from “Gamma”: release on the factor it affects.');
    const middle: [number, number] = [(start[0] + to[0]) / 2, (start[1] + to[1]) / 2];
    pointer(svg, 'pointermove', middle, { pointerType: 'touch' });
    const band = q<SVGLineElement>(el, 'line.rubber-band')!;
    const viewport = q<SVGGElement>(el, 'g.viewport')!.getScreenCTM()!.inverse();
    const end = new DOMPoint(...middle).matrixTransform(viewport);
    expect([Number(band.getAttribute('x2')), Number(band.getAttribute('y2'))]).to.deep.equal([Math.round(end.x), Math.round(end.y)]);
    pointer(svg, 'pointermove', to, { pointerType: 'touch' });
    pointer(svg, 'pointerup', to, { pointerType: 'touch' });
    await settle(el);
    expect(q(el, 'line.rubber-band')).to.equal(null);
    expect(announcement(el)).to.equal('From “Gamma” to “Alpha”: press + if it strengthens, − if it weakens.');
    expect(activeId(el)).to.equal('a');
    q(el, 'button.sign-plus')!.click();
    await until(() => el.loops.length === 1, 'a loop');
    expect(links(el)).to.deep.equal(['a>b+', 'b>c+', 'c>a+']);
    expect(el.loops[0]!.polarity).to.equal('R');
  });

  it('draws a link by Shift+drag from any factor with a mouse, and the − key signs it', async () => {
    const { el } = mounted;
    const from = pointOf(el, 'c');
    const to = pointOf(el, 'a');
    const svg = q(el, 'svg.diagram')!;
    pointer(q(el, 'g.node[data-id="c"] rect.node-box')!, 'pointerdown', from, { pointerType: 'mouse', shiftKey: true });
    pointer(svg, 'pointermove', to, { pointerType: 'mouse', shiftKey: true });
    pointer(svg, 'pointerup', to, { pointerType: 'mouse', shiftKey: true });
    await settle(el);
    await until(() => activeId(el) === 'a', 'focus on the target');
    await sendKeys({ press: '-' });
    await until(() => el.loops.length === 1, 'a loop');
    expect(links(el)).to.deep.equal(['a>b+', 'b>c+', 'c>a-']);
    expect(el.loops[0]!.polarity).to.equal('B');
  });

  it('draws nothing when the link is released on empty space or on its own factor, and says so', async () => {
    const { el } = mounted;
    el.selected = 'c';
    await settle(el);
    const handle = q(el, 'g.node[data-id="c"] .link-handle-disc')!;
    const svg = q(el, 'svg.diagram')!;
    const box = svg.getBoundingClientRect();
    pointer(handle, 'pointerdown', centre(handle), { pointerType: 'touch' });
    pointer(svg, 'pointerup', [box.left + 2, box.top + 2], { pointerType: 'touch' });
    await settle(el);
    expect(announcement(el)).to.equal('No link was made.');
    pointer(handle, 'pointerdown', centre(handle), { pointerType: 'touch' });
    pointer(svg, 'pointerup', pointOf(el, 'c'), { pointerType: 'touch' });
    await settle(el);
    expect(announcement(el)).to.equal('No link was made.');
    expect(q(el, '.link-draft')).to.equal(null);
    expect(links(el)).to.deep.equal(['a>b+', 'b>c+']);
  });

  it('adds a dated note to a link of the selected factor by keyboard, and to the factor itself', async () => {
    const { el } = mounted;
    el.selected = 'a';
    await settle(el);
    const target = q<HTMLSelectElement>(el, 'select.note-target')!;
    expect([...target.options].map((o) => o.textContent!.trim())).to.deep.equal(['Alpha', 'Alpha → Beta']);
    target.focus();
    await sendKeys({ press: 'ArrowDown' });
    const note = q<HTMLInputElement>(el, '.add-note input[name="note"]')!;
    note.focus();
    note.value = 'Said by the youth panel';
    await sendKeys({ press: 'Enter' });
    await settle(el);
    expect(doc(el).relations![0]!.notes).to.deep.equal([{ date: today(), text: 'Said by the youth panel' }]);
    expect(announcement(el)).to.equal('Added a note to “Alpha → Beta”.');
    q<HTMLInputElement>(el, '.add-note input[name="note"]')!.value = 'Asked twice';
    q(el, '.add-note button[type="submit"]')!.click();
    await settle(el);
    expect(doc(el).elements[0]!.notes).to.deep.equal([{ date: today(), text: 'Asked twice' }]);
    expect(q(el, '.link-edit[data-from="a"] .link-notes')!.textContent!.trim()).to.equal('1 note');
  });

  it('badges a factor and a link with notes by “✎ n”, and says the count in their names', async () => {
    mounted.remove();
    const noted = chain();
    noted.elements[1] = {
      ...noted.elements[1]!,
      notes: [
        { date: '2026-03-04', text: 'One' },
        { date: '2026-03-05', text: 'Two' },
      ],
    };
    noted.relations![1] = { ...noted.relations![1]!, notes: [{ date: '2026-03-04', text: 'Three' }] };
    mounted = await mount<FlokeCausalLoops>('floke-causal-loops', noted, { lang: 'en', attributes: { editable: '' } });
    const { el } = mounted;
    const badges = [...root(el).querySelectorAll<SVGGElement>('.note-badge')].map((b) => [
      (b.closest('g.node, g.link') as SVGGElement).dataset.id ?? (b.closest('g.link') as SVGGElement).dataset.linkId,
      b.textContent!.trim(),
    ]);
    const link = el.layout!.layout.links.find((l) => l.from === 'b')!;
    expect(badges).to.deep.equal([
      [link.id, '✎ 1'],
      ['b', '✎ 2'],
    ]);
    expect(q(el, 'g.node[data-id="b"]')!.getAttribute('aria-label')).to.match(/, 2 notes$/);
    expect(q(el, `g.link[data-link-id="${CSS.escape(link.id)}"] title`)!.textContent).to.match(/, 1 note$/);
  });
});
