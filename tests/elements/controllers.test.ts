import { expect, fixture, html } from '@open-wc/testing';
import './lit-dev-warnings.js';
import { LitElement } from 'lit';
import { ViewLayoutController } from '../../packages/elements/src/controllers/view-layout.js';
import { ZOOM_LIMITS, ZoomPanController } from '../../packages/elements/src/controllers/zoom-pan.js';
import { SearchController } from '../../packages/elements/src/controllers/search.js';
import type { Computed } from '../../packages/elements/src/base/worker-client.js';

/** A promise resolved by hand, so a test decides the order in which layouts arrive. */
function deferred<T>() {
  let resolve!: (value: T) => void;
  const promise = new Promise<T>((r) => (resolve = r));
  return { promise, resolve };
}

class LayoutHost extends LitElement {
  static override properties = { input: { type: Number }, mode: {} };
  declare input: number;
  declare mode: 'sync' | 'async';
  calls: number[] = [];
  pending = new Map<number, ReturnType<typeof deferred<Computed<string>>>>();
  laidOut: string[] = [];
  readonly layout = new ViewLayoutController(this, {
    inputs: () => (this.input === undefined ? undefined : ([this.input] as const)),
    compute: (input: number) => {
      this.calls.push(input);
      if (input < 0) throw new Error(`no layout for ${input}`);
      if (this.mode === 'sync') return `layout ${input}`;
      const d = deferred<Computed<string>>();
      this.pending.set(input, d);
      return d.promise;
    },
    laidOut: (layout) => this.laidOut.push(layout),
  });
  override render() {
    return html`${this.layout.value ?? 'none'}`;
  }
}
customElements.define('test-layout-host', LayoutHost);

describe('ViewLayoutController', () => {
  it('lays out synchronously in the same update, on the main thread', async () => {
    const host = await fixture<LayoutHost>(html`<test-layout-host .mode=${'sync'} .input=${1}></test-layout-host>`);
    expect(host.layout.value).to.equal('layout 1');
    expect(host.layout.thread).to.equal('main');
    expect(host.shadowRoot!.textContent).to.equal('layout 1');
  });

  it('does not lay out again while its inputs are the same', async () => {
    const host = await fixture<LayoutHost>(html`<test-layout-host .mode=${'sync'} .input=${1}></test-layout-host>`);
    host.requestUpdate();
    await host.updateComplete;
    host.input = 1;
    await host.updateComplete;
    expect(host.calls).to.deep.equal([1]);
    host.input = 2;
    await host.updateComplete;
    expect(host.calls).to.deep.equal([1, 2]);
    expect(host.laidOut).to.deep.equal(['layout 1', 'layout 2']);
  });

  it('drops a layout that arrives after newer inputs were asked for', async () => {
    const host = await fixture<LayoutHost>(html`<test-layout-host .mode=${'async'} .input=${1}></test-layout-host>`);
    host.input = 2;
    await host.updateComplete;
    expect(host.layout.pending).to.equal(true);
    host.pending.get(2)!.resolve({ value: 'layout 2', thread: 'worker' });
    await new Promise((r) => setTimeout(r));
    host.pending.get(1)!.resolve({ value: 'layout 1', thread: 'worker' });
    await new Promise((r) => setTimeout(r));
    await host.updateComplete;
    expect(host.layout.value).to.equal('layout 2');
    expect(host.layout.thread).to.equal('worker');
    expect(host.laidOut).to.deep.equal(['layout 2']);
    expect(host.shadowRoot!.textContent).to.equal('layout 2');
  });

  it('keeps the error of a failed layout and draws nothing from it', async () => {
    const host = await fixture<LayoutHost>(html`<test-layout-host .mode=${'sync'} .input=${-1}></test-layout-host>`);
    expect(host.layout.value).to.equal(undefined);
    expect(host.layout.error?.message).to.equal('no layout for -1');
    host.input = 3;
    await host.updateComplete;
    expect(host.layout.error).to.equal(undefined);
    expect(host.layout.value).to.equal('layout 3');
  });

  it('forgets the layout when there is nothing to lay out', async () => {
    const host = await fixture<LayoutHost>(html`<test-layout-host .mode=${'sync'} .input=${1}></test-layout-host>`);
    host.input = undefined as unknown as number;
    await host.updateComplete;
    expect(host.layout.value).to.equal(undefined);
    expect(host.shadowRoot!.textContent).to.equal('none');
  });
});

class ZoomHost extends LitElement {
  frames: { x: number; y: number; k: number }[] = [];
  readonly zoom = new ZoomPanController(this, { fit: () => ({ x: 10, y: 20, k: 2 }), onZoom: (t) => this.frames.push(t) });
  override render() {
    return html`<svg width="400" height="300"></svg>`;
  }
  override firstUpdated() {
    this.zoom.attach(this.shadowRoot!.querySelector('svg'));
  }
}
customElements.define('test-zoom-host', ZoomHost);

describe('ZoomPanController', () => {
  it('fits, zooms by a factor around the centre, and is limited to ½–8× the fitted scale', async () => {
    const host = await fixture<ZoomHost>(html`<test-zoom-host></test-zoom-host>`);
    host.zoom.fit();
    expect(host.zoom.transform).to.deep.equal({ x: 10, y: 20, k: 2 });
    host.zoom.zoomBy(1.25);
    expect(host.zoom.transform.k).to.be.closeTo(2.5, 1e-9);
    for (let i = 0; i < 40; i++) host.zoom.zoomBy(0.5);
    expect(host.zoom.transform.k).to.be.closeTo(2 * ZOOM_LIMITS.out, 1e-9);
    for (let i = 0; i < 40; i++) host.zoom.zoomBy(2);
    expect(host.zoom.transform.k).to.be.closeTo(2 * ZOOM_LIMITS.in, 1e-9);
  });

  it('handles + = − and 0 and leaves other keys (and modified ones) alone', async () => {
    const host = await fixture<ZoomHost>(html`<test-zoom-host></test-zoom-host>`);
    host.zoom.fit();
    const key = (k: string, init: KeyboardEventInit = {}) =>
      host.zoom.handleKey(new KeyboardEvent('keydown', { key: k, cancelable: true, ...init }));
    expect(key('+')).to.equal(true);
    expect(host.zoom.transform.k).to.be.closeTo(2.5, 1e-9);
    expect(key('=')).to.equal(true);
    expect(host.zoom.transform.k).to.be.closeTo(3.125, 1e-9);
    expect(key('-')).to.equal(true);
    expect(host.zoom.transform.k).to.be.closeTo(2.5, 1e-9);
    expect(key('0')).to.equal(true);
    expect(host.zoom.transform).to.deep.equal({ x: 10, y: 20, k: 2 });
    expect(key('a')).to.equal(false);
    expect(key('+', { ctrlKey: true })).to.equal(false);
    expect(host.zoom.transform.k).to.equal(2);
  });

  it('pans a point into view only when it lies outside the margin', async () => {
    const host = await fixture<ZoomHost>(html`<test-zoom-host></test-zoom-host>`);
    host.zoom.setTransform({ x: 0, y: 0, k: 1 });
    host.zoom.reveal({ x: 100, y: 100 }, { width: 400, height: 300 });
    expect(host.zoom.transform).to.deep.equal({ x: 0, y: 0, k: 1 });
    host.zoom.reveal({ x: 390, y: 100 }, { width: 400, height: 300 });
    expect(host.zoom.transform).to.deep.equal({ x: 200 - 390, y: 150 - 100, k: 1 });
  });
});

class SearchHost extends LitElement {
  jumped: string[] = [];
  left = 0;
  readonly search = new SearchController(this, {
    items: () => ITEMS,
    jump: (id) => this.jumped.push(id),
    leave: () => this.left++,
  });
  override render() {
    return this.search.render({ search: 'Søk', searchHint: '/', matches: (n) => `${n} treff` });
  }
}
const ITEMS = [
  { id: 'a', label: 'Frafall i videregående' },
  { id: 'b', label: 'Fattigdom' },
  { id: 'c', label: 'Utenforskap' },
];
customElements.define('test-search-host', SearchHost);

describe('SearchController', () => {
  it('matches labels regardless of case, in item order, and says how many', async () => {
    const host = await fixture<SearchHost>(html`<test-search-host></test-search-host>`);
    expect(host.search.matches).to.equal(undefined);
    host.search.text = '  FA ';
    await host.updateComplete;
    expect(host.search.matches).to.deep.equal(['a', 'b']);
    expect(host.shadowRoot!.querySelector('[role="status"]')!.textContent).to.equal('2 treff');
  });

  it('announces the count through a live region that is there, empty, before the reader types', async () => {
    const host = await fixture<SearchHost>(html`<test-search-host></test-search-host>`);
    const region = host.shadowRoot!.querySelector('[role="status"]')!;
    expect(region.textContent).to.equal('');
    host.search.text = 'fa';
    await host.updateComplete;
    // The same element, now filled: a region inserted already filled is skipped by some screen readers.
    expect(host.shadowRoot!.querySelector('[role="status"]')).to.equal(region);
    expect(region.textContent).to.equal('2 treff');
    host.search.text = '';
    await host.updateComplete;
    expect(region.textContent).to.equal('');
  });

  it('goes to the first match on Enter, and clears and leaves on Esc without letting Esc through', async () => {
    const host = await fixture<SearchHost>(html`<test-search-host></test-search-host>`);
    const field = host.shadowRoot!.querySelector('input')!;
    field.value = 'skap';
    field.dispatchEvent(new Event('input'));
    await host.updateComplete;
    field.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', cancelable: true }));
    expect(host.jumped).to.deep.equal(['c']);
    let escaped = false;
    host.addEventListener('keydown', () => (escaped = true));
    field.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, composed: true }));
    await host.updateComplete;
    expect(host.search.text).to.equal('');
    expect(field.value).to.equal('');
    expect(host.left).to.equal(1);
    expect(escaped).to.equal(false);
  });
});
