/**
 * `<floke-story>` under axe: light and dark, at 1280 and 360 px, on a loop-tour step, an iceberg step and the
 * horizons step of the treadmill story.
 */
import { expect, waitUntil } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import '../../packages/elements/dist/all.js';
import type { FlokeStory } from '../../packages/elements/src/story.js';
import { FIXED_FONT, TELEMARK, loadJson, type DrawingView } from './view-helpers.js';

const CASES = [
  { width: 1280, scheme: 'light' },
  { width: 1280, scheme: 'dark' },
  { width: 360, scheme: 'light' },
  { width: 360, scheme: 'dark' },
] as const;

describe('floke-story accessibility', function () {
  this.timeout(120000);
  after(() => setViewport({ width: 800, height: 600 }));

  for (const { width, scheme } of CASES) {
    it(`has no axe violations at ${width} px in the ${scheme} scheme, on tour, iceberg and horizons steps`, async () => {
      await setViewport({ width, height: 900 });
      document.body.style.margin = '0';
      const container = document.createElement('div');
      container.style.setProperty('--floke-font-family', FIXED_FONT);
      container.setAttribute('lang', 'nb');
      container.setAttribute('data-color-scheme', scheme);
      const el = document.createElement('floke-story') as FlokeStory;
      el.data = await loadJson(TELEMARK);
      container.append(el);
      document.body.append(container);
      try {
        for (const step of [3, 8, 10]) {
          el.goTo(step);
          await el.updateComplete;
          const view = el.shadowRoot!.querySelector('[data-view]') as DrawingView;
          await waitUntil(() => view.layout !== undefined, `step ${step} drawn`, { timeout: 30000 });
          await view.updateComplete;
          // The step's short fade-in would blend its colours into the background while axe measures them.
          const fading = [...el.shadowRoot!.querySelectorAll('.step-enter')].flatMap((node) => node.getAnimations());
          await Promise.all(fading.map((animation) => animation.finished));
          // As in the causal-loop tests: at 1:1 the loop stage cuts labels at its edge, and axe compares the cut text.
          await expect(el).to.be.accessible({ ignoredRules: ['label-content-name-mismatch'] });
        }
      } finally {
        container.remove();
      }
    });
  }
});
