/**
 * What a reader of `<floke-horizons>` sees at 1280 px, on the Telemark example and on a dense generated document
 * (150 elements on 10 dates): text never below 12 px; a click on any marker or label selects its own element;
 * labels cover no label, marker, curve name or curve, with and without WCAG 1.4.12 text spacing, and fit their
 * boxes; markers of one date stand apart; the legend says in words what each mark means; the export carries the marks.
 */
import { expect } from '@open-wc/testing';
import './lit-dev-warnings.js';
import { setViewport } from '@web/test-runner-commands';
import { applyTextSpacing, boxesOf, drawnTexts, overflowing, overlappingPairs, selectedByClickOn, type Rect } from './readability.js';
import { TELEMARK, loadJson, markPoint, moveTo, mount, root, settle, until, type FlokeHorizons, type Mounted } from './view-helpers.js';

/** A view in a 1280 px window (the page's 8 px margins aside). */
const WIDTH = 1264;

/** 150 elements on 10 dates (15 a date, five on each horizon), two kinds labelled at rest and one not. */
function denseDocument() {
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

const DOCUMENTS = { telemark: () => loadJson(TELEMARK), dense: async () => denseDocument() } as const;

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

for (const [name, load] of Object.entries(DOCUMENTS)) {
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
        const selected = await selectedByClickOn(
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

describe('floke-horizons legend, labels on demand and export', function () {
  this.timeout(30000);
  let mounted: Mounted<FlokeHorizons>;
  let el: FlokeHorizons;

  before(async () => {
    await setViewport({ width: 1280, height: 900 });
    mounted = await mount<FlokeHorizons>('floke-horizons', await loadJson(TELEMARK), { width: WIDTH });
    el = mounted.el;
  });
  after(() => mounted.remove());

  it('has a legend that says in words what each line, shape, arrow and dashed ring means', () => {
    const items = [...root(el).querySelectorAll<HTMLLIElement>('.legend li')];
    expect(items.map((li) => li.dataset.legend)).to.deep.equal([
      'H1',
      'H2',
      'H3',
      'initiative',
      'goal',
      'insight',
      'toward-h3',
      'planned',
      'hover',
    ]);
    expect(items.map((li) => li.textContent!.replace(/\s+/g, ' ').trim())).to.deep.equal([
      'H1 Dagens system',
      'H2 Innovasjon og overgang',
      'H3 Ønsket framtid',
      'Satsing',
      'Mål',
      'Innsikt',
      'H2+: på vei mot H3',
      'Planlagt',
      'Pek på eller velg et punkt for å se navnet',
    ]);
    // Each mark is drawn as in the drawing: the curve's pattern, the kind's shape, the arrow, the dashed ring.
    const dash = (h: string) => getComputedStyle(root(el).querySelector(`.legend [data-legend="${h}"] path.curve`)!).strokeDasharray;
    expect(new Set(['H1', 'H2', 'H3'].map(dash)).size).to.equal(3);
    expect(dash('H2')).to.equal(getComputedStyle(root(el).querySelector('svg.horizons path.curve.H2')!).strokeDasharray);
    expect(root(el).querySelector('.legend [data-legend="toward-h3"] path.shift')).to.not.equal(null);
    expect(getComputedStyle(root(el).querySelector('.legend [data-legend="planned"] circle')!).strokeDasharray).to.not.equal('none');
  });

  it('gives each horizon its own hue on its curve, name and markers', () => {
    const stroke = (selector: string) => getComputedStyle(root(el).querySelector(selector)!).stroke;
    const hues = ['H1', 'H2', 'H3'].map((h) => stroke(`path.curve.${h}`));
    expect(new Set(hues).size).to.equal(3);
    expect(['H1', 'H2', 'H3'].map((h) => stroke(`g.marker.${h} circle`))).to.deep.equal(hues);
    expect(['H1', 'H2', 'H3'].map((h) => getComputedStyle(root(el).querySelector(`text.curve-label.${h}`)!).fill)).to.deep.equal(hues);
  });

  it("shows an unlabelled marker's label on top on hover and on focus, taking no clicks", async () => {
    const quiet = el.layout!.elements.find((e) => !e.labelled)!;
    const onDemand = () => [...root(el).querySelectorAll<SVGGElement>('g.on-demand g.label')].map((l) => l.dataset.id);
    expect(onDemand()).to.deep.equal([]);
    await moveTo(markPoint(root(el).querySelector(`g.marker[data-id="${quiet.id}"] circle`)!));
    await until(() => onDemand().includes(quiet.id), 'label shown on hover');
    const label = root(el).querySelector<SVGGElement>(`g.on-demand g.label[data-id="${quiet.id}"]`)!;
    expect([...label.querySelectorAll('tspan')].map((t) => t.textContent)).to.deep.equal([...quiet.lines]);
    expect(getComputedStyle(label).pointerEvents).to.equal('none');
    // Drawn after the markers: on top of everything.
    expect(root(el).querySelector('g.markers')!.compareDocumentPosition(label) & Node.DOCUMENT_POSITION_FOLLOWING).to.be.greaterThan(0);
    await moveTo([0, 0]);
    await until(() => onDemand().length === 0, 'hidden when the pointer leaves');
    el.focusElement(quiet.id);
    await until(() => onDemand().includes(quiet.id), 'label shown on focus');
    (root(el).activeElement as HTMLElement).blur();
    await until(() => onDemand().length === 0, 'hidden on blur');
  });

  it('exports the curves, their names, the markers with their shapes, arrows and dashed rings (toSVG, toPNG)', async () => {
    const svg = new DOMParser().parseFromString(el.toSVG(), 'image/svg+xml');
    expect(svg.querySelector('parsererror')).to.equal(null);
    expect([...svg.querySelectorAll('path.curve')].map((c) => c.getAttribute('class'))).to.deep.equal(['curve H1', 'curve H2', 'curve H3']);
    const lines = (t: Element) => [...t.querySelectorAll('tspan')].map((line) => line.textContent).join(' ');
    expect([...svg.querySelectorAll('text.curve-label')].map(lines)).to.deep.equal([
      'H1 Dagens system',
      'H2 Innovasjon og overgang',
      'H3 Ønsket framtid',
    ]);
    expect(svg.querySelectorAll('g.marker')).to.have.length(el.layout!.elements.length);
    expect(svg.querySelectorAll('g.marker path.shape')).to.have.length(el.layout!.elements.length);
    expect(svg.querySelectorAll('g.marker.planned').length).to.equal(el.layout!.elements.filter((e) => e.planned).length);
    expect(svg.querySelectorAll('path.shift.toward-h3').length).to.equal(el.layout!.elements.filter((e) => e.shift === 'toward-h3').length);
    const css = svg.querySelector('style')!.textContent!;
    expect(css).to.match(/\.curve\.H2\s*\{[^}]*stroke-dasharray/);
    expect(css).to.match(/\.marker\.planned circle\s*\{[^}]*stroke-dasharray/);
    const png = await el.toPNG(1);
    expect(png.type).to.equal('image/png');
    expect(png.size).to.be.greaterThan(1000);
  });
});
