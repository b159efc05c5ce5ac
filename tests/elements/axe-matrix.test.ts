/**
 * axe on every view × light, dark and forced colours × 1280 and 320 CSS px (issue 16). One mount per view and width;
 * the scheme is switched on the container and forced colours through the DevTools protocol, in place, so the matrix
 * costs 14 mounts for its 42 runs.
 */
import { expect } from '@open-wc/testing';
import './lit-dev-warnings.js';
import { executeServerCommand, setViewport } from '@web/test-runner-commands';
import { ALL_VIEWS, mountView } from './all-views.js';
import { until, type FlokeCausalLoops } from './view-helpers.js';

/** Two frames and the view's update: a scheme change repaints the network's canvas in a frame. */
async function repainted(el: { updateComplete: Promise<unknown> }) {
  for (let i = 0; i < 2; i++) await new Promise((resolve) => requestAnimationFrame(resolve));
  await el.updateComplete;
}

for (const width of [1280, 320]) {
  describe(`axe at ${width} CSS px`, function () {
    this.timeout(120000);
    before(() => setViewport({ width, height: 900 }));
    after(async () => {
      await executeServerCommand('floke-emulate-media', []);
      await setViewport({ width: 1280, height: 900 });
    });

    for (const tag of ALL_VIEWS) {
      it(`${tag}: clean in light, dark and forced colours`, async () => {
        const { el, container, remove } = await mountView(tag);
        try {
          // The loop diagram opens at 1:1 and its stage cuts labels at the edge; axe then compares the cut text with the
          // factor's name. The whole diagram in view: every label whole.
          if (tag === 'floke-causal-loops') (el as unknown as FlokeCausalLoops).fitToView();
          for (const scheme of ['light', 'dark'] as const) {
            container.setAttribute('data-color-scheme', scheme);
            await repainted(el);
            await expect(el, `${scheme}`).to.be.accessible();
          }
          await executeServerCommand('floke-emulate-media', [{ name: 'forced-colors', value: 'active' }]);
          await until(() => matchMedia('(forced-colors: active)').matches, 'forced colours are emulated');
          await repainted(el);
          await expect(el, 'forced colours').to.be.accessible();
        } finally {
          await executeServerCommand('floke-emulate-media', []);
          remove();
        }
      });
    }
  });
}
