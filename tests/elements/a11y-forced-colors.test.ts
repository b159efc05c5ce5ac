/**
 * Forced colours (Windows high contrast), emulated through the DevTools protocol (`floke-emulate-media`), and the
 * example gallery's page structure: findings of the accessibility audit in issue 16.
 */
import { expect } from '@open-wc/testing';
import './lit-dev-warnings.js';
import { executeServerCommand, sendKeys, setViewport } from '@web/test-runner-commands';
import {
  TELEMARK,
  activeId,
  loadJson,
  mount,
  root,
  settle,
  until,
  type FlokeCausalLoops,
  type Mounted,
  type ViewTag,
} from './view-helpers.js';

describe('forced colours: toggle buttons', function () {
  this.timeout(30000);
  let mounted: Mounted<FlokeCausalLoops>;
  let el: FlokeCausalLoops;

  before(async () => {
    await executeServerCommand('floke-emulate-media', [{ name: 'forced-colors', value: 'active' }]);
    await until(() => matchMedia('(forced-colors: active)').matches, 'forced colours are emulated');
    await setViewport({ width: 1280, height: 900 });
    mounted = await mount<FlokeCausalLoops>('floke-causal-loops', await loadJson(TELEMARK));
    el = mounted.el;
  });
  after(async () => {
    mounted.remove();
    await executeServerCommand('floke-emulate-media', []);
  });

  it('keeps the pressed state of a loop button visible, in system colours', async () => {
    const buttons = () => [...root(el).querySelectorAll<HTMLButtonElement>('button.loop-button')];
    buttons()[0]!.click();
    await settle(el);
    const [pressed, unpressed] = buttons();
    expect(pressed!.getAttribute('aria-pressed')).to.equal('true');
    expect(unpressed!.getAttribute('aria-pressed')).to.equal('false');
    const style = (button: Element) => getComputedStyle(button);
    // The inset shadow that marks it in normal colours is dropped by forced colours: the fill must differ instead.
    expect(style(pressed!).backgroundColor).to.not.equal(style(unpressed!).backgroundColor);
    expect(style(pressed!).color).to.not.equal(style(unpressed!).color);
    // Every part of its text in the same system colour as the button's own, readable on the selection fill.
    for (const part of pressed!.querySelectorAll('*')) expect(style(part).color, part.className).to.equal(style(pressed!).color);
  });
});

describe('example gallery', () => {
  it('does not wrap the views in a live region (each view announces its own changes)', async () => {
    const page = new DOMParser().parseFromString(await (await fetch('/examples/index.html')).text(), 'text/html');
    expect(page.querySelector('main floke-explorer')).to.not.equal(null);
    expect(page.querySelectorAll('[aria-live]')).to.have.length(0);
  });
});

/** What a system colour resolves to in the palette forced now. */
function systemColour(name: string): string {
  const probe = document.createElement('span');
  probe.style.color = name;
  document.body.append(probe);
  const colour = getComputedStyle(probe).color;
  probe.remove();
  return colour;
}

/** Per drawing: a mark, its ring, and an element to select. */
const DRAWINGS = {
  'floke-iceberg': {
    mark: (id: string) => `g.chip[data-id="${id}"]`,
    ring: (id: string) => `g.chip[data-id="${id}"] rect.chip-box`,
    start: 'frafall',
  },
  'floke-horizons': {
    mark: (id: string) => `g.marker[data-id="${id}"]`,
    ring: (id: string) => `g.marker[data-id="${id}"] circle:not(.related-ring)`,
    start: 'h1-linjestyring',
  },
  'floke-causal-loops': {
    mark: (id: string) => `g.node[data-id="${id}"]`,
    ring: (id: string) => `g.node[data-id="${id}"] rect.node-box`,
    start: 'utenforskap',
  },
  'floke-actor-network': { mark: (id: string) => `svg.overlay g.node[data-id="${id}"]`, ring: () => 'circle.selected-ring', start: 'hdir' },
} as const;

describe('forced colours: marks, focus and selection in system colours', function () {
  this.timeout(60000);
  before(async () => {
    await executeServerCommand('floke-emulate-media', [{ name: 'forced-colors', value: 'active' }]);
    await until(() => matchMedia('(forced-colors: active)').matches, 'forced colours are emulated');
    await setViewport({ width: 1280, height: 900 });
  });
  after(() => executeServerCommand('floke-emulate-media', []));

  for (const [tag, view] of Object.entries(DRAWINGS)) {
    it(`${tag}: selection in Highlight with its badge, focus a dashed outline, marks and text in CanvasText`, async () => {
      const mounted = await mount(tag as ViewTag, await loadJson(TELEMARK), { width: 1200 });
      const el = mounted.el;
      try {
        el.selected = view.start;
        el.focusElement(view.start);
        await until(() => activeId(el) === view.start, `focus on ${view.start}`);
        await sendKeys({ press: 'ArrowRight' });
        await settle(el);
        const focused = activeId(el)!;
        expect(focused).to.not.equal(view.start);
        const [highlight, canvas, canvasText] = [systemColour('Highlight'), systemColour('Canvas'), systemColour('CanvasText')];
        const shadow = root(el);
        const style = (selector: string) => getComputedStyle(shadow.querySelector(selector)!);
        expect(style(view.ring(view.start)).stroke, 'the selection ring').to.equal(highlight);
        expect(style('.selection-badge circle').fill, 'the selection badge').to.equal(highlight);
        const outline = style(view.mark(focused));
        expect(outline.outlineStyle).to.equal('dashed');
        expect(outline.outlineColor, 'the focus outline').to.not.equal(canvas);
        if (tag !== 'floke-actor-network') {
          // SVG paint is not forced by the browser: the view maps its colours to system colours itself.
          expect(style(view.ring(focused)).stroke, 'an unselected mark').to.equal(canvasText);
          // (The iceberg's kind glyphs are Canvas on a CanvasText band: inverted, as in normal colours.)
          const texts = [...shadow.querySelectorAll('svg text:not(.chip-symbol)')].filter((t) => t.getClientRects().length > 0);
          expect(texts.length).to.be.greaterThan(3);
          expect([...new Set(texts.map((t) => getComputedStyle(t).fill))], 'text in the drawing').to.deep.equal([canvasText]);
        }
      } finally {
        mounted.remove();
      }
    });
  }
});
