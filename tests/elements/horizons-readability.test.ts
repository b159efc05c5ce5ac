/**
 * What a reader of `<floke-horizons>` sees at 1280 px on the Telemark example (see horizons-readability-spec.ts),
 * and the legend, the labels shown on demand and the export: the legend says in words what each mark means, each
 * horizon has its own hue, an unlabelled marker shows its label on top on hover and focus, the export carries the marks.
 */
import { expect } from '@open-wc/testing';
import './lit-dev-warnings.js';
import { setViewport } from '@web/test-runner-commands';
import { WIDTH, readabilitySpec } from './horizons-readability-spec.js';
import { TELEMARK, loadJson, markPoint, moveTo, mount, root, until, type FlokeHorizons, type Mounted } from './view-helpers.js';

readabilitySpec('telemark', () => loadJson(TELEMARK));

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
