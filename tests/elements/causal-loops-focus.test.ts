/**
 * The causal-loop diagram read at a glance (issue #13): focus mode on hover, keyboard focus and selection; the
 * highlighted loop painted above everything else in its R/B hue; the loop stepper; loops ranked and listed a page at a
 * time; unnamed loops named by their members; ring drawings on narrow cards.
 */
import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { Loop } from '../../packages/core/src/index.js';
import {
  announcement,
  clickAt,
  loadJson,
  mount,
  moveTo,
  pointOf,
  root,
  settle,
  TELEMARK,
  MINIMAL,
  until,
  type FlokeCausalLoops,
  type Mounted,
} from './view-helpers.js';

interface Relation {
  id?: string;
  from: string;
  to: string;
  type: string;
}

const all = <T extends Element = SVGGElement>(el: FlokeCausalLoops, selector: string) => [...root(el).querySelectorAll<T>(selector)];
const idsOf = (marks: Element[], attribute = 'data-id') => marks.map((m) => m.getAttribute(attribute)!).sort();
const svgOf = (el: FlokeCausalLoops) => root(el).querySelector<SVGSVGElement>('svg.diagram')!;
const node = (el: FlokeCausalLoops, id: string) => root(el).querySelector<SVGGElement>(`g.node[data-id="${id}"]`)!;
const opacity = (mark: Element) => getComputedStyle(mark).opacity;

/** The factor, the factors it links to or from, and those links' ids (as `normalize` gives them), from the document. */
function neighbourhood(data: { relations: Relation[] }, id: string) {
  const causes = data.relations.filter((r) => r.type === 'causes' && (r.from === id || r.to === id));
  return {
    nodes: [...new Set([id, ...causes.flatMap((r) => [r.from, r.to])])].sort(),
    links: causes.map((r) => r.id ?? `${r.from}->${r.to}:causes`).sort(),
  };
}

/** What stays at full strength now: the ids of the marks that are not faded. */
const unfaded = (el: FlokeCausalLoops) => ({
  nodes: idsOf(all(el, 'g.node:not(.faded)')),
  links: idsOf(all(el, 'g.link:not(.faded)'), 'data-link-id'),
});

/** Resolves a palette role of the view to its computed colour, through a probe inside the shadow root. */
function roleColour(el: FlokeCausalLoops, role: string): string {
  const probe = document.createElement('span');
  probe.style.color = `var(--_${role})`;
  root(el).append(probe);
  const colour = getComputedStyle(probe).color;
  probe.remove();
  return colour;
}

/**
 * Client points along a drawn path, every 11 px. On a dashed (negative) line, the middle of each 7 px dash: the
 * browser hit-tests only what is painted, and a gap would show what lies beneath whatever the paint order.
 */
function pointsAlong(path: SVGPathElement, dashed: boolean): DOMPoint[] {
  const length = path.getTotalLength();
  const matrix = path.getScreenCTM()!;
  const points: DOMPoint[] = [];
  for (let at = dashed ? 3.5 : 5.5; at < length; at += 11) points.push(path.getPointAtLength(at).matrixTransform(matrix));
  return points;
}

describe('causal-loop diagram at a glance', function () {
  this.timeout(60000);

  describe('on the Telemark example', () => {
    let view: Mounted<FlokeCausalLoops>;
    let el: FlokeCausalLoops;
    let data: { relations: Relation[] };
    before(async () => {
      data = await loadJson(TELEMARK);
      view = await mount<FlokeCausalLoops>('floke-causal-loops', data, { width: 1000 });
      el = view.el;
    });
    after(() => view.remove());
    afterEach(async () => {
      await moveTo([0, 0]);
      (root(el).activeElement as HTMLElement | null)?.blur();
      el.clear();
      await settle(el);
    });

    it('fades all but the hovered factor, its links and their other ends, and restores them when the pointer leaves', async () => {
      await moveTo(pointOf(el, 'tillit'));
      await settle(el);
      expect(svgOf(el).classList.contains('focus-mode')).to.equal(true);
      const expected = neighbourhood(data, 'tillit');
      expect(unfaded(el)).to.deep.equal(expected);
      expect(expected.nodes.length).to.be.greaterThan(2);
      const faded = all(el, 'g.node.faded');
      expect(faded.length).to.equal(all(el, 'g.node').length - expected.nodes.length);
      await until(() => faded.every((mark) => opacity(mark) === '0.15'), 'faded factors at 15 % opacity');
      expect(all(el, 'g.link.faded').every((mark) => opacity(mark) === '0.15')).to.equal(true);
      expect(expected.nodes.map((id) => opacity(node(el, id)))).to.deep.equal(expected.nodes.map(() => '1'));
      await moveTo([0, 0]);
      await settle(el);
      expect(svgOf(el).classList.contains('focus-mode')).to.equal(false);
      expect(all(el, '.faded')).to.have.length(0);
    });

    it('fades all but the keyboard-focused factor and its neighbours; focus is a dashed outline, selection a solid ring', async () => {
      const [x, y] = pointOf(el, 'tillit');
      await clickAt([x, y]); // selects tillit and focuses it
      await settle(el);
      expect(el.selected).to.equal('tillit');
      await moveTo([0, 0]);
      // An arrow moves keyboard focus to a neighbour: focus mode follows focus, not the selection.
      await sendKeys({ press: 'ArrowRight' });
      await settle(el);
      const focused = (root(el).activeElement as SVGGElement).dataset.id!;
      expect(focused).to.not.equal('tillit');
      expect(unfaded(el)).to.deep.equal(neighbourhood(data, focused));
      expect(getComputedStyle(node(el, focused)).outlineStyle).to.equal('dashed');
      const ring = getComputedStyle(node(el, 'tillit').querySelector('.node-box')!);
      expect(ring.strokeDasharray).to.equal('none');
      expect(ring.stroke).to.equal(roleColour(el, 'selection'));
      expect(getComputedStyle(node(el, 'tillit')).outlineStyle).to.equal('none');
      // Focus gone, pointer away: the selection keeps its neighbourhood in focus.
      (root(el).activeElement as HTMLElement).blur();
      await settle(el);
      expect(svgOf(el).classList.contains('focus-mode')).to.equal(true);
      expect(unfaded(el)).to.deep.equal(neighbourhood(data, 'tillit'));
    });

    it('paints every link of a highlighted loop above every other mark, heavier and in its R/B hue', async () => {
      expect(el.loops.length).to.equal(13);
      root(el).querySelector('.stage')!.scrollIntoView({ block: 'start' });
      // The whole drawing in sight ("Vis alt"), so every link of every loop can be probed on screen.
      el.fitToView();
      for (const loop of el.loops) {
        el.loop = el.codeOf(loop.id);
        await settle(el);
        expect(idsOf(all(el, 'g.raised g.link'), 'data-link-id'), el.loop).to.deep.equal([...loop.links].sort());
        expect(unfaded(el)).to.deep.equal({ nodes: [...loop.members].sort(), links: [...loop.links].sort() });
        const hue = roleColour(el, loop.polarity === 'R' ? 'reinforcing' : 'balancing');
        for (const id of loop.links) {
          const line = root(el).querySelector<SVGPathElement>(`g.link[data-link-id="${id}"] .link-line`)!;
          expect(getComputedStyle(line).stroke, `${el.loop} ${id}`).to.equal(hue);
          expect(parseFloat(getComputedStyle(line).strokeWidth)).to.be.at.least(4);
          const points = pointsAlong(line, line.closest('g.link')!.classList.contains('negative'));
          expect(points.length).to.be.at.least(2);
          for (const point of points) {
            expect(point.y > 0 && point.y < innerHeight && point.x > 0 && point.x < innerWidth, 'point on screen').to.equal(true);
            const top = root(el).elementFromPoint(point.x, point.y)!;
            const mark = top.closest<SVGGElement>('g.link, g.node, g.marker');
            const own =
              (mark?.matches('g.link') && loop.links.includes(mark.dataset.linkId!)) ||
              (mark?.matches('g.node') && loop.members.includes(mark.dataset.id!)) ||
              (mark?.matches('g.marker') && mark.dataset.loopId === loop.id);
            expect(
              own,
              `${el.loop}: ${id} at ${Math.round(point.x)},${Math.round(point.y)} is under ${mark?.outerHTML.slice(0, 90)}`,
            ).to.equal(true);
          }
        }
      }
    });

    it('tells R from B by letter and hue: markers, loop cards and the legend', async () => {
      const reinforcing = roleColour(el, 'reinforcing');
      const balancing = roleColour(el, 'balancing');
      expect(reinforcing).to.not.equal(balancing);
      for (const marker of all(el, 'svg.diagram g.marker')) {
        const polarity = marker.classList.contains('R') ? 'R' : 'B';
        expect(marker.querySelector('text')!.textContent).to.match(new RegExp(`^${polarity}\\d+$`));
        expect(getComputedStyle(marker.querySelector('.marker-face')!).stroke).to.equal(polarity === 'R' ? reinforcing : balancing);
      }
      const cards = all<HTMLButtonElement>(el, '.loop-button');
      expect(cards.length).to.equal(10);
      for (const card of cards) {
        const polarity = card.classList.contains('R') ? 'R' : 'B';
        expect(card.querySelector('.loop-code')!.textContent).to.match(new RegExp(`^${polarity}\\d+$`));
        expect(getComputedStyle(card).borderLeftColor).to.equal(polarity === 'R' ? reinforcing : balancing);
      }
      const legend = all<HTMLLIElement>(el, '.legend li').filter((li) => li.querySelector('g.marker'));
      expect(
        legend.map((li) => [li.querySelector('g.marker text')!.textContent, li.textContent!.replace(/\s+/g, ' ').trim()]),
      ).to.deep.equal([
        ['R', 'R Forsterkende sløyfe (R)'],
        ['B', 'B Balanserende sløyfe (B)'],
      ]);
      expect(legend.map((li) => getComputedStyle(li.querySelector('.marker-face')!).stroke)).to.deep.equal([reinforcing, balancing]);
    });

    it('lists the loops named first, then shortest, then best evidenced', async () => {
      const ranked = el.rankedLoops.map((loop) => el.codeOf(loop.id));
      // Named, by length: R1 R2 R6 B2 (3 links; R before B), R5 (4), B1 B4 (5, all stated) before R3 (5, a
      // hypothesis), B3 (6). Then the unnamed: R4 (2), R7 (2, a hypothesis), R8 (3), B5 (7).
      expect(ranked).to.deep.equal(['R1', 'R2', 'R6', 'B2', 'R5', 'B1', 'B4', 'R3', 'B3', 'R4', 'R7', 'R8', 'B5']);
      const cards = all<HTMLButtonElement>(el, '.loop-button').map((b) => el.codeOf(b.dataset.loopId!));
      expect(cards).to.deep.equal(ranked.slice(0, 10));
    });

    it('steps through the loops in rank order with buttons and N, centring and announcing each', async () => {
      const ranked = el.rankedLoops;
      const status = () => root(el).querySelector('.step-status')!.textContent!.trim();
      expect(status()).to.equal('13 sløyfer, de viktigste først');
      el.zoomBy(3); // zoomed in, so a loop can lie outside the view until the step centres it
      await settle(el);
      const seen: string[] = [];
      const next = root(el).querySelector<HTMLButtonElement>('.step-next')!;
      for (let i = 0; i < ranked.length; i++) {
        if (i === 0) next.click();
        else {
          node(el, ranked[i - 1]!.members[0]!).focus();
          await sendKeys({ press: 'n' });
        }
        await settle(el);
        const loop = ranked[i]!;
        seen.push(el.codeOf(el.highlightedLoop!.id)!);
        expect(status()).to.equal(`${i + 1} av 13: ${loopTitle(el, loop)}`);
        expect(announcement(el)).to.equal(`Sløyfe ${i + 1} av 13. ${el.describeLoop(loop)}`);
        const frame = svgOf(el).getBoundingClientRect();
        for (const id of loop.members) {
          const box = node(el, id).getBoundingClientRect();
          const inside = box.left >= frame.left && box.right <= frame.right && box.top >= frame.top && box.bottom <= frame.bottom;
          expect(inside, `${seen.at(-1)}: ${id} in view`).to.equal(true);
        }
      }
      expect(seen).to.deep.equal(ranked.map((loop) => el.codeOf(loop.id)));
      await sendKeys({ press: 'n' });
      await settle(el);
      expect(el.highlightedLoop).to.equal(ranked[0]); // wraps round
      await sendKeys({ down: 'Shift' });
      await sendKeys({ press: 'N' });
      await sendKeys({ up: 'Shift' });
      await settle(el);
      expect(el.highlightedLoop).to.equal(ranked.at(-1));
      root(el).querySelector<HTMLButtonElement>('.step-previous')!.click();
      await settle(el);
      expect(el.highlightedLoop).to.equal(ranked.at(-2));
      el.fitToView();
    });
  });

  it('names an unnamed loop by its members in the panel, the stepper and the words', async () => {
    const { el, remove } = await mount<FlokeCausalLoops>('floke-causal-loops', await loadJson(MINIMAL), { lang: 'en' });
    try {
      const card = root(el).querySelector('.loop-button')!;
      expect(card.textContent!.replace(/\s+/g, ' ').trim()).to.match(/^R1 Belonging → dropout → exclusion \(reinforcing, with delay\) /);
      root(el).querySelector<HTMLButtonElement>('.step-next')!.click();
      await settle(el);
      expect(root(el).querySelector('.step-status')!.textContent!.trim()).to.equal('1 of 1: R1 Belonging → dropout → exclusion');
      expect(announcement(el)).to.equal(
        'Loop 1 of 1. R1: Belonging → Dropout → Exclusion → Belonging (reinforcing, with delay) — no link has a source',
      );
    } finally {
      remove();
    }
  });

  it('draws a ring for each loop card below 560 px: members in loop order, a sign per link, text of 12 px or more', async () => {
    const { el, remove } = await mount<FlokeCausalLoops>('floke-causal-loops', await loadJson(TELEMARK), { width: 360 });
    try {
      const items = all<HTMLLIElement>(el, '.loops li');
      expect(items.length).to.equal(10);
      for (const item of items) {
        const loop = el.loops.find((l) => l.id === item.querySelector<HTMLElement>('.loop-button')!.dataset.loopId)!;
        const ring = item.querySelector('svg.loop-ring')!;
        expect(ring.getAttribute('aria-hidden')).to.equal('true');
        expect(ring.classList.contains(loop.polarity)).to.equal(true);
        expect([...ring.querySelectorAll<SVGGElement>('.ring-member')].map((m) => m.dataset.member)).to.deep.equal(loop.members);
        expect([...ring.querySelectorAll('.ring-member text')].map((t) => t.textContent)).to.deep.equal(
          loop.members.map((_, i) => `${i + 1}`),
        );
        const signs = [...ring.querySelectorAll('.ring-sign')].map((t) => t.textContent);
        expect(signs).to.have.length(loop.links.length);
        for (const text of ring.querySelectorAll('text')) expect(parseFloat(getComputedStyle(text).fontSize)).to.be.at.least(12);
        // The card's text numbers the members as the ring does.
        const path = item.querySelector('.loop-path')!.textContent!;
        loop.members.forEach((id, i) => expect(path).to.contain(`${i + 1} ${labelOf(el, id)}`));
      }
    } finally {
      remove();
    }
    const wide = await mount<FlokeCausalLoops>('floke-causal-loops', await loadJson(TELEMARK), { width: 1000 });
    expect(all(wide.el, 'svg.loop-ring')).to.have.length(0);
    wide.remove();
  });
});

function labelOf(el: FlokeCausalLoops, id: string): string {
  return el.shadowRoot!.querySelector(`g.node[data-id="${id}"]`)!.getAttribute('aria-label')!.split(':')[0]!;
}

/** Mid-sentence, as the view writes a label: lower-case first letter unless it is an acronym. */
const lower = (label: string) =>
  label.length > 1 && label[1] === label[1]!.toLowerCase() ? label[0]!.toLowerCase() + label.slice(1) : label;

/** The stepper's title of a loop: its name with its code, or its code and members (the first three and a count past four). */
function loopTitle(el: FlokeCausalLoops, loop: Loop): string {
  const code = el.codeOf(loop.id)!;
  if (loop.name) return loop.name.startsWith(code) ? loop.name : `${code} ${loop.name}`;
  const labels = loop.members.map((id) => labelOf(el, id));
  const shown = labels.length > 4 ? labels.slice(0, 3) : labels;
  const name = shown.map((label, i) => (i === 0 ? label : lower(label))).join(' → ');
  return `${code} ${name}${labels.length > 4 ? ` → … (+${labels.length - 3})` : ''}`;
}
