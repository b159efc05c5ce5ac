/**
 * SVG snapshots of each view's `toSVG()` export for the example documents: light scheme, nb, a 1000 px container and
 * a fixed font (the network's labels and the iceberg's and horizons' chips are measured text). How to review and
 * update them: see ./svg-snapshot.ts.
 */
import { expect } from '@open-wc/testing';
import './lit-dev-warnings.js';
import { setViewport } from '@web/test-runner-commands';
import { EXPORT_STATES, type ExportView } from '../cli/export-states.js';
import { matchSvgSnapshot, normaliseSvg } from './svg-snapshot.js';
import { MINIMAL, TELEMARK, loadJson, mount, type ViewTag } from './view-helpers.js';

const DOCUMENTS = { minimal: MINIMAL, 'telemark-agder': TELEMARK } as const;
const VIEWS: readonly ViewTag[] = ['floke-iceberg', 'floke-horizons', 'floke-causal-loops', 'floke-actor-network'];
const VIEW_OF: Record<ViewTag, ExportView> = {
  'floke-iceberg': 'iceberg',
  'floke-horizons': 'horizons',
  'floke-causal-loops': 'loops',
  'floke-actor-network': 'network',
};

describe('SVG snapshots of the exports', function () {
  this.timeout(30000);
  before(() => setViewport({ width: 1200, height: 900 }));

  it('normalises numbers, ids and Lit markers', () => {
    const svg = '<svg id="a1"><!--?lit$123$--><g fill="url(#a1)"><use href="#a1" x="-0.04" y="12.3456"/></g>  <text>x</text></svg>';
    expect(normaliseSvg(svg)).to.equal(
      '<svg id="id-1">\n<g fill="url(#id-1)">\n<use href="#id-1" x="0" y="12.3"/>\n</g>\n<text>x</text>\n</svg>\n',
    );
  });

  for (const [document, url] of Object.entries(DOCUMENTS)) {
    for (const tag of VIEWS) {
      it(`${tag} exports ${document}.json as in snapshots/${document}-${tag}.svg`, async () => {
        const { el, remove } = await mount(tag, await loadJson(url), { width: 1000, lang: 'nb' });
        try {
          const svg = el.toSVG();
          expect(svg).to.match(/^<svg /);
          await matchSvgSnapshot(`${document}-${tag}`, svg);
        } finally {
          remove();
        }
      });

      for (const state of EXPORT_STATES[document as keyof typeof EXPORT_STATES][VIEW_OF[tag]]) {
        const attributes = { ...(state.selected ? { selected: state.selected } : {}), ...(state.loop ? { loop: state.loop } : {}) };
        it(`${tag} exports ${document}.json with ${JSON.stringify(attributes)} as in snapshots/${document}-${tag}-${state.name}.svg`, async () => {
          const { el, remove } = await mount(tag, await loadJson(url), { width: 1000, lang: 'nb', attributes });
          try {
            await matchSvgSnapshot(`${document}-${tag}-${state.name}`, el.toSVG());
          } finally {
            remove();
          }
        });
      }
    }
  }
});
