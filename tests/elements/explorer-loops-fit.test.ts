/**
 * `<floke-explorer>` at 1280 px gives the loop diagram about 480 px beside its detail panel: an element selected in
 * another view shows its related factors in the diagram, and they must all be in sight, not cut at its edge (#15).
 */
import { expect, waitUntil } from '@open-wc/testing';
import './lit-dev-warnings.js';
import { setViewport } from '@web/test-runner-commands';
import '../../packages/elements/dist/all.js';
import type { FlokeExplorer } from '../../packages/elements/src/explorer.js';
import { FIXED_FONT, TELEMARK, loadJson, settle, type FlokeCausalLoops } from './view-helpers.js';

/** Whether box `inner` lies wholly inside box `outer` (client px, half a pixel of rounding allowed). */
const inside = (inner: DOMRect, outer: DOMRect) =>
  inner.left >= outer.left - 0.5 && inner.right <= outer.right + 0.5 && inner.top >= outer.top - 0.5 && inner.bottom <= outer.bottom + 0.5;

describe('floke-explorer: the loops view with factors related to a selection', function () {
  this.timeout(60000);
  let container: HTMLDivElement;
  let el: FlokeExplorer;

  before(async () => {
    await setViewport({ width: 1280, height: 900 });
    container = document.createElement('div');
    // As wide as the gallery's content column (72rem) on a 1280 px screen.
    container.style.width = '1152px';
    container.style.setProperty('--floke-font-family', FIXED_FONT);
    container.setAttribute('lang', 'nb');
    el = document.createElement('floke-explorer') as FlokeExplorer;
    el.data = await loadJson(TELEMARK);
    container.append(el);
    document.body.append(container);
  });
  after(() => container.remove());

  // Initiatives that address factors far apart in the diagram (see the example's `addresses` relations).
  for (const initiative of ['folkehelseprogrammet', 'alle-med', 'flere-i-arbeid']) {
    it(`shows every factor related to ${initiative} whole inside the diagram`, async () => {
      el.selected = initiative;
      await el.updateComplete;
      el.show('loops');
      await el.updateComplete;
      await waitUntil(() => (el.viewElement('loops') as FlokeCausalLoops | null)?.layout !== undefined, 'the loops are drawn', {
        timeout: 20000,
      });
      const loops = el.viewElement('loops') as FlokeCausalLoops;
      await settle(loops, 4);
      const svg = loops.shadowRoot!.querySelector('svg.diagram')!;
      svg.scrollIntoView({ block: 'center' });
      const related = [...loops.shadowRoot!.querySelectorAll<SVGGElement>('g.node.related')];
      expect(related.length, 'related factors drawn').to.be.greaterThan(0);
      expect(svg.getBoundingClientRect().width, 'the diagram is narrow beside the details').to.be.below(700);
      const cut = related
        .filter((node) => !inside(node.querySelector('rect.node-box')!.getBoundingClientRect(), svg.getBoundingClientRect()))
        .map((node) => node.dataset.id);
      expect(cut).to.deep.equal([]);
      // Brought into view without shrinking the labels under 12 px.
      const label = related[0]!.querySelector<SVGGraphicsElement>('text.node-label')!;
      expect(parseFloat(getComputedStyle(label).fontSize) * label.getScreenCTM()!.a).to.be.at.least(12);
    });
  }
});
