/**
 * Causal loops when the reader zooms: the keyboard never moves focus to a factor out of sight (the drawing pans to
 * it), and the labels follow the browser's text size (WCAG 1.4.4). Findings of the accessibility audit in issue 16.
 */
import { expect } from '@open-wc/testing';
import './lit-dev-warnings.js';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import { TELEMARK, activeId, loadJson, mount, reset, root, settle, until, type FlokeCausalLoops, type Mounted } from './view-helpers.js';

const nodeOf = (el: FlokeCausalLoops, id: string) => root(el).querySelector<SVGGElement>(`g.node[data-id="${CSS.escape(id)}"]`)!;

/** Whether box `inner` lies wholly inside box `outer` (client px, half a pixel of rounding allowed). */
const inside = (inner: DOMRect, outer: DOMRect) =>
  inner.left >= outer.left - 0.5 && inner.right <= outer.right + 0.5 && inner.top >= outer.top - 0.5 && inner.bottom <= outer.bottom + 0.5;

describe('floke-causal-loops zoomed in', function () {
  this.timeout(30000);
  let mounted: Mounted<FlokeCausalLoops>;
  let el: FlokeCausalLoops;

  before(async () => {
    await setViewport({ width: 1280, height: 900 });
    mounted = await mount<FlokeCausalLoops>('floke-causal-loops', await loadJson(TELEMARK), { width: 1200 });
    el = mounted.el;
  });
  after(() => mounted.remove());

  it('pans each factor the arrow keys move to wholly into the drawing', async () => {
    await reset(el);
    // The factor with the most links: the arrows go round all twelve.
    el.focusElement('utenforskap');
    await until(() => activeId(el) === 'utenforskap', 'focus on utenforskap');
    // Three times 1.25: about twice the designed size, so most of the drawing is out of sight.
    for (let i = 0; i < 3; i++) await sendKeys({ press: '+' });
    await settle(el);
    const svg = root(el).querySelector('svg.diagram')!;
    svg.scrollIntoView({ block: 'center' });
    const seen = new Set<string>();
    const outside: string[] = [];
    for (let step = 0; step < 12; step++) {
      await sendKeys({ press: 'ArrowRight' });
      await settle(el);
      const id = activeId(el)!;
      seen.add(id);
      if (!inside(nodeOf(el, id).querySelector('rect.node-box')!.getBoundingClientRect(), svg.getBoundingClientRect())) outside.push(id);
    }
    expect(seen.size, 'the walk visits several factors').to.be.greaterThan(3);
    expect(outside).to.deep.equal([]);
  });
});

describe('floke-causal-loops with a 200 % root font size', function () {
  this.timeout(30000);
  const labelSize = async () => {
    const mounted = await mount<FlokeCausalLoops>('floke-causal-loops', await loadJson(TELEMARK), { width: 1200 });
    await until(() => mounted.el.layout !== undefined, 'laid out');
    await settle(mounted.el);
    const label = root(mounted.el).querySelector('text.node-label')!;
    const box = nodeOf(mounted.el, 'fattigdom').querySelector('rect.node-box')!;
    const size = {
      font: parseFloat(getComputedStyle(label).fontSize),
      lineHeight: mounted.el.layout!.layout.lineHeight,
      boxHeight: Number(box.getAttribute('height')),
    };
    mounted.remove();
    return size;
  };
  after(() => document.documentElement.style.removeProperty('font-size'));

  it('sets the labels twice as large, and measures their boxes at that size', async () => {
    const normal = await labelSize();
    document.documentElement.style.fontSize = '200%';
    const large = await labelSize();
    expect(normal.font).to.equal(14);
    expect(large.font).to.equal(28);
    expect([normal.lineHeight, large.lineHeight]).to.deep.equal([18, 36]);
    expect(large.boxHeight).to.be.greaterThan(normal.boxHeight);
  });
});
