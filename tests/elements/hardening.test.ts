/**
 * Issue #18 in the browser: `src` failure modes, strict attributes, partial nested `strings`, control characters in
 * exports. Each test pins the outcome (problem code, the value used, a parseable file) of one finding.
 */
import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import './lit-dev-warnings.js';
import '../../packages/elements/dist/causal-loops.js';
import '../../packages/elements/dist/iceberg.js';
import '../../packages/elements/dist/horizons.js';
import '../../packages/elements/dist/actor-network.js';
import type { FlokeCausalLoops } from '../../packages/elements/src/causal-loops.js';
import type { FlokeIceberg } from '../../packages/elements/src/iceberg.js';
import type { FlokeElement } from '../../packages/elements/src/base/floke-element.js';
import type { Problem } from '../../packages/core/src/index.js';

const MINIMAL = '/examples/data/minimal.json';
const minimalText = async () => (await window.fetch(MINIMAL)).text();

/** Replaces `fetch` for one test with `answer`, which sees the request's URL and signal. */
function stubFetch(answer: (url: string, signal: AbortSignal) => Promise<Response>): () => void {
  const original = window.fetch;
  window.fetch = ((input: RequestInfo | URL, init?: RequestInit) => answer(String(input), init!.signal!)) as typeof fetch;
  return () => {
    window.fetch = original;
  };
}

/** A promise that never settles on its own, and rejects with the signal's reason when it aborts. */
const hang = (signal: AbortSignal) =>
  new Promise<Response>((_, reject) => signal.addEventListener('abort', () => reject(signal.reason), { once: true }));

async function errorOf(el: FlokeElement, start: () => void): Promise<Problem[]> {
  const failed = oneEvent(el, 'floke-error');
  start();
  return (await failed).detail.problems as Problem[];
}

describe('src loading (issue #18)', function () {
  this.timeout(20000);
  let restore: (() => void) | undefined;
  afterEach(() => {
    restore?.();
    restore = undefined;
  });

  it('reports a body cut off mid-stream as fetch-failed through floke-error', async () => {
    restore = stubFetch(async () => {
      const body = new ReadableStream<Uint8Array>({
        start(controller) {
          controller.enqueue(new TextEncoder().encode('{"floke": "1.0", "title": "Cut'));
          controller.error(new TypeError('network error'));
        },
      });
      return new Response(body, { status: 200 });
    });
    const el = document.createElement('floke-iceberg') as FlokeIceberg;
    const problems = await errorOf(el, () => {
      el.src = '/cut.json';
      document.body.append(el);
    });
    expect(problems.map((p) => [p.code, p.params['detail']])).to.deep.equal([['fetch-failed', 'network error']]);
    el.remove();
  });

  it('gives up on a src that never answers after src-timeout and says so', async () => {
    restore = stubFetch((_, signal) => hang(signal));
    const el = document.createElement('floke-iceberg') as FlokeIceberg;
    el.setAttribute('src-timeout', '100');
    const problems = await errorOf(el, () => {
      el.src = '/hangs.json';
      document.body.append(el);
    });
    expect(problems.map((p) => [p.code, p.params['detail']])).to.deep.equal([['fetch-failed', 'no answer within 0.1 s']]);
    await el.updateComplete;
    expect(el.shadowRoot!.textContent).not.to.contain('Loading');
    el.remove();
  });

  it('loads src again when the element is moved in the DOM during the fetch', async () => {
    const text = await minimalText();
    let calls = 0;
    restore = stubFetch(async (_, signal) => {
      calls++;
      // The first request waits until it is aborted by the move; the second answers.
      if (calls === 1) return hang(signal);
      return new Response(text, { status: 200, headers: { 'content-type': 'application/json' } });
    });
    const first = await fixture<HTMLDivElement>(html`<div></div>`);
    const second = await fixture<HTMLDivElement>(html`<div></div>`);
    const el = document.createElement('floke-iceberg') as FlokeIceberg;
    el.src = '/moved.json';
    first.append(el);
    await el.updateComplete;
    const ready = oneEvent(el, 'floke-ready');
    second.append(el);
    await ready;
    expect(calls).to.equal(2);
    expect(el.shadowRoot!.querySelectorAll('[part~="chip"], .chip').length).to.be.greaterThan(0);
  });

  it('refuses a body whose declared Content-Length is over max-bytes, and cancels its transfer', async () => {
    let cancelled = false;
    restore = stubFetch(async () => {
      const body = new ReadableStream<Uint8Array>({
        pull(controller) {
          controller.enqueue(new Uint8Array(1024));
        },
        cancel() {
          cancelled = true;
        },
      });
      return new Response(body, { status: 200, headers: { 'content-length': String(50 * 1024 * 1024) } });
    });
    const el = document.createElement('floke-iceberg') as FlokeIceberg;
    const problems = await errorOf(el, () => {
      el.src = '/huge.json';
      document.body.append(el);
    });
    expect(problems.map((p) => [p.code, p.params['limit']])).to.deep.equal([['fetch-too-large', '5 MB']]);
    expect(cancelled).to.equal(true);
    el.remove();
  });
});

describe('strict number attributes (issue #18)', () => {
  const warnings: string[] = [];
  const originalWarn = console.warn;
  beforeEach(() => {
    warnings.length = 0;
    console.warn = (...args: unknown[]) => {
      warnings.push(args.map(String).join(' '));
    };
  });
  afterEach(() => {
    console.warn = originalWarn;
  });

  it('keeps the loop cap when loop-limit is not a number, and warns once', async () => {
    const el = await fixture<FlokeCausalLoops>(html`<floke-causal-loops loop-limit="abc"></floke-causal-loops>`);
    const again = await fixture<FlokeCausalLoops>(html`<floke-causal-loops loop-limit="1e999"></floke-causal-loops>`);
    expect([el.loopLimit, again.loopLimit]).to.deep.equal([2000, 2000]);
    expect(warnings.filter((w) => w.includes('loop-limit'))).to.deep.equal([
      'Floke: loop-limit="abc" is not a whole number of at least 1; using 2000.',
    ]);
  });

  it('treats max-loop-length="-3" as no length limit rather than a search that finds nothing', async () => {
    const el = await fixture<FlokeCausalLoops>(html`<floke-causal-loops max-loop-length="-3"></floke-causal-loops>`);
    expect(el.maxLoopLength).to.equal(undefined);
    const valid = await fixture<FlokeCausalLoops>(html`<floke-causal-loops max-loop-length="4"></floke-causal-loops>`);
    expect(valid.maxLoopLength).to.equal(4);
  });

  it('keeps the size cap when max-bytes is not a number', async () => {
    const el = await fixture<FlokeIceberg>(html`<floke-iceberg max-bytes="abc"></floke-iceberg>`);
    expect(el.maxBytes).to.equal(5 * 1024 * 1024);
    expect(warnings.some((w) => w.startsWith('Floke: max-bytes="abc"'))).to.equal(true);
  });
});

describe('partial nested strings (issue #18)', () => {
  it('keeps the rest of a group when strings overrides one text in it', async () => {
    const data = await (await window.fetch(MINIMAL)).json();
    const el = document.createElement('floke-iceberg') as FlokeIceberg;
    const ready = oneEvent(el, 'floke-ready');
    el.strings = { iceberg: { keyboardHelp: 'Piltaster flytter.' } };
    el.data = data;
    document.body.append(el);
    await ready;
    const svg = el.shadowRoot!.querySelector('svg')!;
    expect(svg.getAttribute('aria-label')).to.be.a('string').and.not.equal('');
    expect(el.shadowRoot!.textContent).to.contain('Piltaster flytter.');
    el.remove();
  });
});

describe('control characters in exports (issue #18)', function () {
  this.timeout(30000);
  // Each view with a label it draws from the minimal document.
  const views = [
    ['floke-iceberg', 'Dropout'],
    ['floke-horizons', 'Dropout'],
    ['floke-causal-loops', 'Dropout'],
    ['floke-actor-network', 'Youth club'],
  ] as const;
  for (const [tag, label] of views) {
    it(`exports well-formed SVG and a PNG from ${tag} when a label holds U+0000`, async () => {
      const data = await (await window.fetch(MINIMAL)).json();
      for (const element of data.elements) element.label = `${element.label}\u0000\u0007`;
      const el = document.createElement(tag) as FlokeElement & { toSVG(): string; toPNG(scale?: number): Promise<Blob> };
      el.style.width = '900px';
      const ready = oneEvent(el, 'floke-ready');
      el.data = data;
      document.body.append(el);
      await ready;
      await waitUntil(() => el.toSVG() !== '', 'drawn', { timeout: 15000 });
      const svg = el.toSVG();
      const parsed = new DOMParser().parseFromString(svg, 'image/svg+xml');
      expect(parsed.querySelector('parsererror')).to.equal(null);
      expect(svg).to.contain(label);
      expect(svg.includes('\u0000') || svg.includes('\u0007')).to.equal(false);
      const png = await el.toPNG(1);
      expect(png.type).to.equal('image/png');
      el.remove();
    });
  }
});
