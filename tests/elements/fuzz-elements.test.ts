/**
 * Fuzzing in Chromium (issue #18): a seeded batch of mutated documents through all five elements at once. Each
 * element must settle (floke-ready, or floke-error with the load or layout problem) without an uncaught error, and
 * draw no NaN or Infinity into its SVG.
 */
import { expect, fixture, html } from '@open-wc/testing';
import fc from 'fast-check';
import '../../packages/elements/dist/all.js';
import { FUZZ_SEEDS, mutatedFrom } from '../core/fuzz/mutate-document.js';

const TAGS = ['floke-iceberg', 'floke-horizons', 'floke-causal-loops', 'floke-actor-network', 'floke-summary'] as const;

/** Resolves when the element has said it is done with this document, one way or the other. */
const settled = (el: Element) =>
  new Promise<string>((resolve) => {
    el.addEventListener('floke-ready', () => resolve('ready'), { once: true });
    el.addEventListener('floke-error', (event) => {
      const codes = (event as CustomEvent<{ problems: { code: string }[] }>).detail.problems.map((p) => p.code);
      if (codes.includes('layout-failed')) resolve('layout-failed');
    });
  });

describe('fuzzing in Chromium (issue #18)', function () {
  this.timeout(240_000);

  it('settles 24 mutated documents in all five elements without an uncaught error or a non-finite coordinate', async () => {
    const seeds = await Promise.all(
      FUZZ_SEEDS.slice(0, 2).map(async (path) => (await fetch(`/${path}`)).json() as Promise<Record<string, unknown>>),
    );
    const uncaught: string[] = [];
    const onError = (event: ErrorEvent) => uncaught.push(event.message);
    const onRejection = (event: PromiseRejectionEvent) => uncaught.push(String(event.reason));
    window.addEventListener('error', onError);
    window.addEventListener('unhandledrejection', onRejection);
    const samples = fc.sample(mutatedFrom(seeds, [3, 1]), { seed: 18, numRuns: 24 });
    const outcomes: string[] = [];
    try {
      for (const { doc, mutations } of samples) {
        const wrapper = await fixture<HTMLDivElement>(html`<div style="width: 900px"></div>`);
        const views = TAGS.map((tag) => document.createElement(tag) as HTMLElement & { data: unknown; toSVG?: () => string });
        const done = views.map(settled);
        for (const view of views) {
          view.data = doc;
          wrapper.append(view);
        }
        const results = await Promise.all(done);
        outcomes.push(results.join(','));
        for (const view of views) {
          const svg = view.toSVG?.() ?? '';
          expect(/NaN|Infinity/.test(svg), `${view.localName} after ${JSON.stringify(mutations)}`).to.equal(false);
        }
        wrapper.remove();
      }
    } finally {
      window.removeEventListener('error', onError);
      window.removeEventListener('unhandledrejection', onRejection);
    }
    expect(uncaught).to.deep.equal([]);
    expect(outcomes.length).to.equal(24);
  });
});
