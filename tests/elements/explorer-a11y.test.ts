/**
 * `<floke-explorer>` under axe: light and dark, at 1280 and 320 px, with each view shown and the detail panel open.
 */
import { expect, waitUntil } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import '../../packages/elements/dist/all.js';
import type { FlokeExplorer } from '../../packages/elements/src/explorer.js';
import { EXPLORER_VIEWS } from '../../packages/elements/src/explorer/explorer-views.js';
import { FIXED_FONT, TELEMARK, loadJson, type DrawingView } from './view-helpers.js';

const CASES = [
  { width: 1280, scheme: 'light' },
  { width: 1280, scheme: 'dark' },
  { width: 320, scheme: 'light' },
  { width: 320, scheme: 'dark' },
] as const;

describe('floke-explorer accessibility', function () {
  this.timeout(120000);
  after(() => setViewport({ width: 800, height: 600 }));

  for (const { width, scheme } of CASES) {
    it(`has no axe violations at ${width} px in the ${scheme} scheme, in every view, with details open`, async () => {
      await setViewport({ width, height: 900 });
      document.body.style.margin = '0';
      const container = document.createElement('div');
      container.style.setProperty('--floke-font-family', FIXED_FONT);
      container.setAttribute('lang', 'nb');
      container.setAttribute('data-color-scheme', scheme);
      const el = document.createElement('floke-explorer') as FlokeExplorer;
      el.data = await loadJson(TELEMARK);
      el.selected = 'frafall';
      container.append(el);
      document.body.append(container);
      try {
        await waitUntil(
          () =>
            ['iceberg', 'horizons', 'network', 'loops'].every(
              (v) => (el.viewElement(v as 'loops') as DrawingView | null)?.layout !== undefined,
            ),
          'every view drawn',
          { timeout: 30000 },
        );
        expect(el.getBoundingClientRect().width).to.equal(width);
        for (const view of EXPLORER_VIEWS) {
          el.show(view);
          await el.updateComplete;
          await (el.viewElement(view) as DrawingView).updateComplete;
          // As in the causal-loop tests: at 1:1 the loop stage cuts labels at its edge, and axe compares the cut text.
          await expect(el).to.be.accessible({ ignoredRules: ['label-content-name-mismatch'] });
        }
      } finally {
        container.remove();
      }
    });
  }
});
