/**
 * Forced colours (Windows high contrast), emulated through the DevTools protocol (`floke-emulate-media`), and the
 * example gallery's page structure: findings of the accessibility audit in issue 16.
 */
import { expect } from '@open-wc/testing';
import './lit-dev-warnings.js';
import { executeServerCommand, setViewport } from '@web/test-runner-commands';
import { TELEMARK, loadJson, mount, root, settle, until, type FlokeCausalLoops, type Mounted } from './view-helpers.js';

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
