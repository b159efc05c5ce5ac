import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import './lit-dev-warnings.js';
import { FlokeElement } from '../../packages/elements/src/base/floke-element.js';
import { define } from '../../packages/elements/src/base/define.js';

/** The smallest view: one button per element, to exercise the base class. */
class TestView extends FlokeElement {
  override render() {
    return html`${this.model?.elements.map((e) => html`<button data-id=${e.id} @click=${() => this.selectElement(e.id)}>${e.label}</button>`)}`;
  }
}
define('floke-test-view', TestView);

const data = {
  floke: '1.0',
  title: 'T',
  elements: [
    { id: 'a', kind: 'factor', label: 'A' },
    { id: 'b', kind: 'actor', label: 'B' },
  ],
};

describe('FlokeElement', () => {
  it('emits floke-select with the id and kind, bubbling out of shadow roots, and reflects selected', async () => {
    const el = await fixture<TestView>(html`<floke-test-view .data=${data}></floke-test-view>`);
    const selected = oneEvent(document.body, 'floke-select');
    el.shadowRoot!.querySelector<HTMLButtonElement>('[data-id="b"]')!.click();
    const event = await selected;
    expect(event.detail).to.deep.equal({ id: 'b', kind: 'actor' });
    expect(event.composed).to.equal(true);
    await el.updateComplete;
    expect(el.getAttribute('selected')).to.equal('b');
  });

  it('moves focus to an element with focusElement(id)', async () => {
    const el = await fixture<TestView>(html`<floke-test-view .data=${data}></floke-test-view>`);
    el.focusElement('b');
    expect(el.shadowRoot!.activeElement?.getAttribute('data-id')).to.equal('b');
  });

  it('does not announce floke-error for a valid document', async () => {
    let errors = 0;
    const el = document.createElement('floke-test-view') as TestView;
    el.addEventListener('floke-error', () => errors++);
    const ready = oneEvent(el, 'floke-ready');
    el.data = data;
    document.body.append(el);
    await ready;
    expect(errors).to.equal(0);
    el.remove();
  });

  it('clears the problems of a failed load when a document is then given as data', async () => {
    const el = document.createElement('floke-test-view') as TestView;
    const failed = oneEvent(el, 'floke-error');
    el.src = '/nowhere.json';
    document.body.append(el);
    await failed;
    el.data = data;
    await el.updateComplete;
    expect(el.problems).to.deep.equal([]);
    el.remove();
  });
});

describe('define', () => {
  it('warns instead of throwing when another copy registered the tag', () => {
    const warnings: unknown[] = [];
    const original = console.warn;
    console.warn = (...args: unknown[]) => warnings.push(args[0]);
    try {
      define('floke-test-view', class extends TestView {});
      define('floke-test-view', TestView);
    } finally {
      console.warn = original;
    }
    expect(warnings).to.have.length(1);
    expect(String(warnings[0])).to.contain('<floke-test-view> is already defined');
  });
});
