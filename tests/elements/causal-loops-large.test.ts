/**
 * The causal-loop view on a document far larger than anyone reads loop by loop (150 factors and 300 links, searched up to 500 loops):
 * loops ranked and shown a page at a time, the stepper reaching later pages, long unnamed loops named short.
 */
import { expect } from '@open-wc/testing';
import type { Loop } from '../../packages/core/src/index.js';
import { generatedCausalDocument } from './generated-document.js';
import { clickAt, markPoint, mount, root, settle, until, type FlokeCausalLoops, type Mounted } from './view-helpers.js';

const all = <T extends Element = SVGGElement>(el: FlokeCausalLoops, selector: string) => [...root(el).querySelectorAll<T>(selector)];
const node = (el: FlokeCausalLoops, id: string) => root(el).querySelector<SVGGElement>(`g.node[data-id="${id}"]`)!;
const labelOf = (el: FlokeCausalLoops, id: string) => node(el, id).getAttribute('aria-label')!.split(':')[0]!;
const lower = (label: string) => label[0]!.toLowerCase() + label.slice(1);

describe('causal-loop view of 500 loops', function () {
  this.timeout(60000);
  describe('on a generated document of 150 factors', () => {
    let view: Mounted<FlokeCausalLoops>;
    let el: FlokeCausalLoops;
    before(async () => {
      // 500 loops (not the default 2,000) keep the layout within the test's time on a shared machine; ten cards a page
      // is the point either way.
      view = await mount<FlokeCausalLoops>('floke-causal-loops', generatedCausalDocument(), {
        width: 1000,
        attributes: { 'loop-limit': '500' },
        noWait: true,
      });
      el = view.el;
      await until(() => el.shadowRoot?.querySelector('.panel'), 'drawn with its panels', 90000);
      await settle(el);
    });
    after(() => view.remove());

    it('lists the loops ten at a time, shortest first, with a pager', async () => {
      expect(el.loops.length).to.equal(500);
      const cards = () => all<HTMLButtonElement>(el, '.loop-button');
      const pager = () => root(el).querySelector('.page-status')!.textContent!.trim();
      expect(cards()).to.have.length(10);
      expect(pager()).to.equal('Sløyfe 1–10 av 500');
      const lengths = el.rankedLoops.map((loop) => loop.length);
      expect(lengths).to.deep.equal([...lengths].sort((a, b) => a - b));
      expect(cards().map((c) => c.dataset.loopId)).to.deep.equal(el.rankedLoops.slice(0, 10).map((l) => l.id));
      root(el).querySelector<HTMLButtonElement>('.page-next')!.click();
      await settle(el);
      expect(pager()).to.equal('Sløyfe 11–20 av 500');
      expect(cards().map((c) => c.dataset.loopId)).to.deep.equal(el.rankedLoops.slice(10, 20).map((l) => l.id));
      root(el).querySelector<HTMLButtonElement>('.page-previous')!.click();
      await settle(el);
      expect(pager()).to.equal('Sløyfe 1–10 av 500');
    });

    it('names long unnamed loops by their first three members and a count, in the card and the stepper', async () => {
      const long = el.rankedLoops.slice(0, 10).find((loop) => loop.length > 4)!;
      expect(long, 'a loop of five or more on the first page').to.not.equal(undefined);
      const labels = long.members.map((id) => labelOf(el, id));
      const expected = `${el.codeOf(long.id)} ${labels[0]} → ${lower(labels[1]!)} → ${lower(labels[2]!)} → … (+${long.length - 3})`;
      const card = root(el).querySelector<HTMLButtonElement>(`.loop-button[data-loop-id="${long.id}"]`)!;
      const text = card.textContent!.replace(/\s+/g, ' ').trim();
      expect(text.slice(0, expected.length)).to.equal(expected);
      el.loop = el.codeOf(long.id);
      await settle(el);
      expect(root(el).querySelector('.step-status')!.textContent!.trim()).to.equal(
        `${el.rankedLoops.indexOf(long) + 1} av 500: ${expected}`,
      );
      el.loop = undefined;
      await settle(el);
    });

    it('steps to a loop on a later page and shows that page, never more than ten cards', async () => {
      for (let i = 0; i < 11; i++) el.stepLoop(1);
      await settle(el);
      expect(el.highlightedLoop).to.equal(el.rankedLoops[10]);
      expect(root(el).querySelector('.page-status')!.textContent!.trim()).to.equal('Sløyfe 11–20 av 500');
      const current = all<HTMLButtonElement>(el, '.loop-button[aria-current="true"]');
      expect(current.map((c) => c.dataset.loopId)).to.deep.equal([el.rankedLoops[10]!.id]);
      const busiest = [...new Set(el.loops.flatMap((l) => l.members))].sort(
        (a, b) => el.loops.filter((l) => l.members.includes(b)).length - el.loops.filter((l) => l.members.includes(a)).length,
      )[0]!;
      await clickAt(markPoint(node(el, busiest).querySelector('.node-box')!));
      await settle(el);
      expect(el.selected).to.equal(busiest);
      expect(el.rankedLoops.every((loop: Loop) => loop.members.includes(busiest))).to.equal(true);
      expect(el.rankedLoops.length).to.be.greaterThan(10);
      expect(all(el, '.loop-button').length).to.equal(10);
      expect(root(el).querySelector('.page-status')!.textContent!.trim()).to.equal(`Sløyfe 1–10 av ${el.rankedLoops.length}`);
    });
  });
});
