/**
 * The readability specification of `<floke-horizons>` at 1280 px, run on a document by the test files
 * (horizons-readability: the Telemark example; horizons-dense: 150 elements on 10 dates): text never below 12 px;
 * a click on any marker or label selects its own element; labels cover no label, marker, curve name or curve, with
 * and without WCAG 1.4.12 text spacing, and fit their boxes; markers of one date stand apart.
 */
import { expect } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import { applyTextSpacing, boxesOf, drawnTexts, overflowing, overlappingPairs, type Rect } from './readability.js';
import { clickAt, markPoint, mount, moveTo, root, settle, until, type FlokeHorizons, type Mounted } from './view-helpers.js';

/** A view in a 1280 px window (the page's 8 px margins aside). */
export const WIDTH = 1264;

/** 150 elements on 10 dates (15 a date, five on each horizon), two kinds labelled at rest and one not. */
export function denseDocument() {
  return {
    floke: '1.0',
    id: 'dense',
    title: 'Tett',
    language: 'nb',
    elements: Array.from({ length: 150 }, (_, i) => ({
      id: `e${String(i).padStart(3, '0')}`,
      kind: ['goal', 'initiative', 'insight'][i % 3],
      label: `Tiltak ${i + 1}${i % 4 === 0 ? ' for unge i kommunen og fylket' : ''}`,
      horizon: ['H1', 'H2', 'H3'][Math.floor(i / 3) % 3],
      ...(i % 7 === 0 ? { planned: true } : {}),
      date: `${2016 + 2 * (i % 10)}`,
    })),
    relations: [],
    views: { horizons: { start: '2014', end: '2036', now: '2026' } },
  };
}

/**
 * A real click at the centre of `mark`, from no selection, and what it selected: `selectedByClickOn` without its
 * wait for frames, so 200 clicks fit a test run on a busy machine.
 */
async function selectedByClick(el: FlokeHorizons, mark: Element): Promise<string | undefined> {
  // Each click starts from rest, as a reader's next tap does: nothing selected, focused or hovered from the last one.
  el.selected = undefined;
  (root(el).activeElement as HTMLElement | null)?.blur();
  await moveTo([1, 1]);
  await settle(el);
  await clickAt(markPoint(mark));
  await settle(el);
  return el.selected;
}

const labelsAtRest = (el: FlokeHorizons) => [...root(el).querySelectorAll<SVGGElement>('g.labels g.label')];
const markers = (el: FlokeHorizons) => [...root(el).querySelectorAll<SVGGElement>('g.markers g.marker')];

/** Every label box at rest against every other, every marker and every curve name (client px). */
function coverings(el: FlokeHorizons): string[] {
  const labels = boxesOf(el, 'g.labels g.label rect', (e) => (e.parentElement as HTMLElement).dataset.id!);
  const marks = boxesOf(el, 'g.markers g.marker circle', (e) => (e.parentElement as HTMLElement).dataset.id!);
  const names = boxesOf(el, 'text.curve-label');
  return [...overlappingPairs(labels), ...overlappingPairs(labels, marks), ...overlappingPairs(labels, names)];
}

/** Labels a curve passes through: each curve sampled every 2 px along its length, on screen. */
function labelsOnCurves(el: FlokeHorizons): string[] {
  const labels = boxesOf(el, 'g.labels g.label rect', (e) => (e.parentElement as HTMLElement).dataset.id!);
  const hits = new Set<string>();
  for (const curve of root(el).querySelectorAll<SVGPathElement>('path.curve')) {
    const matrix = curve.getScreenCTM()!;
    const length = curve.getTotalLength();
    for (let at = 0; at <= length; at += 2) {
      const p = new DOMPoint(curve.getPointAtLength(at).x, curve.getPointAtLength(at).y).matrixTransform(matrix);
      const inside = (b: Rect) => p.x > b.left + 0.5 && p.x < b.right - 0.5 && p.y > b.top + 0.5 && p.y < b.bottom - 0.5;
      for (const label of labels) if (inside(label.box)) hits.add(`${label.name} on ${curve.getAttribute('class')}`);
    }
  }
  return [...hits];
}

/** Describes the readability of the drawing of the document `load` gives, by `name`. */
export function readabilitySpec(name: 'telemark' | 'dense', load: () => Promise<unknown>): void {
  describe(`floke-horizons readability: ${name}`, function () {
    this.timeout(120000);
    let mounted: Mounted<FlokeHorizons>;
    let el: FlokeHorizons;

    before(async () => {
      await setViewport({ width: 1280, height: 900 });
      mounted = await mount<FlokeHorizons>('floke-horizons', await load(), { width: WIDTH });
      el = mounted.el;
      await settle(el);
    });
    after(() => mounted.remove());

    it('draws 1:1 and no text below 12 CSS px', () => {
      expect(root(el).querySelector('svg.horizons')!.getBoundingClientRect().width).to.equal(el.layout!.width);
      const texts = drawnTexts(el);
      expect(texts.length).to.be.greaterThan(10);
      expect(texts.filter((t) => t.size < 12 - 0.01)).to.deep.equal([]);
    });

    it('labels goals and initiatives at rest where they find room, and nothing else', () => {
      const atRest = labelsAtRest(el).map((l) => l.dataset.id);
      expect(atRest).to.deep.equal(el.layout!.elements.filter((e) => e.labelled).map((e) => e.id));
      expect(atRest.length).to.be.greaterThan(name === 'telemark' ? 15 : 30);
      for (const e of el.layout!.elements.filter((x) => x.labelled)) expect(['goal', 'initiative']).to.include(e.kind);
    });

    it('covers no label, marker or curve name with a label, and no curve runs through a label', () => {
      expect(coverings(el)).to.deep.equal([]);
      expect(labelsOnCurves(el)).to.deep.equal([]);
      expect(overflowing(el, 'g.labels g.label', 'rect')).to.deep.equal([]);
    });

    it('keeps markers of the same date apart', () => {
      const byYear = new Map<number, string[]>();
      for (const e of el.layout!.elements) byYear.set(e.year, [...(byYear.get(e.year) ?? []), e.id]);
      const crowded = [...byYear.values()].filter((ids) => ids.length > 1);
      expect(crowded.length).to.be.greaterThan(5);
      for (const ids of crowded) {
        const boxes = boxesOf(
          el,
          ids.map((id) => `g.marker[data-id="${id}"] circle`).join(', '),
          (e) => (e.parentElement as HTMLElement).dataset.id!,
        );
        expect(boxes).to.have.length(ids.length);
        expect(overlappingPairs(boxes)).to.deep.equal([]);
      }
    });

    it('selects the element of every marker and every label with a real click on its centre', async () => {
      const wrong: string[] = [];
      for (const mark of [...markers(el), ...labelsAtRest(el)]) {
        const id = mark.dataset.id!;
        const selected = await selectedByClick(
          el,
          mark.classList.contains('label') ? mark.querySelector('rect')! : mark.querySelector('circle')!,
        );
        if (selected !== id) wrong.push(`${mark.classList.contains('label') ? 'label' : 'marker'} ${id} selected ${selected}`);
      }
      expect(wrong).to.deep.equal([]);
    });

    it('re-wraps labels under WCAG 1.4.12 text spacing: still apart, off the curves and inside their boxes', async () => {
      const before = el.layout;
      const remove = applyTextSpacing();
      try {
        await until(() => el.layout !== before, 'laid out again with the reader spacing');
        await settle(el);
        expect(labelsAtRest(el).length).to.be.greaterThan(5);
        expect(coverings(el)).to.deep.equal([]);
        expect(labelsOnCurves(el)).to.deep.equal([]);
        expect(overflowing(el, 'g.labels g.label', 'rect')).to.deep.equal([]);
        expect(drawnTexts(el).filter((t) => t.size < 12 - 0.01)).to.deep.equal([]);
      } finally {
        remove();
        await until(() => el.layout !== before && labelsAtRest(el).length > 0, 'laid out again without');
        await settle(el);
      }
    });
  });
}
