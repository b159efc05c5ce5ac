/**
 * The horizons' details open under the drawing, below the fold on a laptop screen: selecting an element here scrolls
 * them into sight (issue 16). A selection made elsewhere does not move the page.
 */
import { expect } from '@open-wc/testing';
import './lit-dev-warnings.js';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import { TELEMARK, activeId, loadJson, mount, reset, root, settle, until, type FlokeHorizons, type Mounted } from './view-helpers.js';

const detailsOf = (el: FlokeHorizons) => root(el).querySelector<HTMLElement>('section.details');

/** Whether some of the box is inside the window. */
const inViewport = (box: DOMRect) => box.bottom > 0 && box.top < innerHeight && box.right > 0 && box.left < innerWidth;

describe('floke-horizons details', function () {
  this.timeout(30000);
  let mounted: Mounted<FlokeHorizons>;
  let el: FlokeHorizons;

  before(async () => {
    await setViewport({ width: 1280, height: 420 });
    mounted = await mount<FlokeHorizons>('floke-horizons', await loadJson(TELEMARK), { width: 1200 });
    el = mounted.el;
  });
  after(async () => {
    mounted.remove();
    await setViewport({ width: 1280, height: 900 });
  });
  beforeEach(async () => {
    await reset(el);
    root(el).querySelector('svg.horizons')!.scrollIntoView({ block: 'start' });
  });

  it('scrolls the details into sight when Enter opens them', async () => {
    el.focusElement('h1-linjestyring');
    await until(() => activeId(el) === 'h1-linjestyring', 'focus on the marker');
    await sendKeys({ press: 'Enter' });
    await settle(el);
    const details = detailsOf(el)!;
    expect(details.querySelector('[role="heading"]')!.textContent).to.equal('Linjestyring og årlige sektorbudsjetter');
    await until(() => inViewport(details.getBoundingClientRect()), 'the details in the viewport');
  });

  it('leaves the page where it is when the selection comes from outside', async () => {
    const before = scrollY;
    el.selected = 'h1-linjestyring';
    await settle(el, 4);
    expect(detailsOf(el)).to.not.equal(null);
    expect(scrollY).to.equal(before);
    const box = detailsOf(el)!.getBoundingClientRect();
    expect(inViewport(box), `the details start below the fold (${box.top} px, window ${innerHeight} px)`).to.equal(false);
  });
});
