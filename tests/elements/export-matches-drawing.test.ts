/**
 * The live drawing (Lit templates, with focus and pointer handling) and the export (`toSVG()`, drawn by @floke/core's
 * renderer, which `floke render` also uses) show the same marks in the same state: for each example document, at rest
 * and in each state of tests/cli/export-states.ts, the drawing's markup equals the export's body once tab stops and
 * Lit's markers are set aside. The network is left out: it draws on a canvas, and its export has no other drawing.
 */
import { expect } from '@open-wc/testing';
import './lit-dev-warnings.js';
import { setViewport } from '@web/test-runner-commands';
import { EXPORT_STATES, type ExportState, type ExportView } from '../cli/export-states.js';
import { normaliseSvg } from './svg-snapshot.js';
import { MINIMAL, TELEMARK, loadJson, mount, type ViewTag } from './view-helpers.js';

const DOCUMENTS = { minimal: MINIMAL, 'telemark-agder': TELEMARK } as const;
const VIEWS: readonly [ViewTag, ExportView][] = [
  ['floke-iceberg', 'iceberg'],
  ['floke-horizons', 'horizons'],
  ['floke-causal-loops', 'loops'],
];

/** Markup as compared: no tab stops (the export has no focus), no zoom transform, then normalised. */
const comparable = (markup: string) =>
  normaliseSvg(markup.replace(/ tabindex="-?\d+"/g, '').replace(/(<g class="viewport") transform="[^"]*"/, '$1'));

/** The marks of an export: what follows its title, stylesheet and background. */
const exportBody = (svg: string) => svg.slice(svg.indexOf('/>', svg.indexOf('<rect width="100%"')) + 2, svg.lastIndexOf('</svg>'));

describe('the export draws what the view shows', function () {
  this.timeout(30000);
  before(() => setViewport({ width: 1200, height: 900 }));

  for (const [document, url] of Object.entries(DOCUMENTS)) {
    for (const [tag, view] of VIEWS) {
      const states: readonly ExportState[] = [{ name: 'at rest' }, ...EXPORT_STATES[document as keyof typeof EXPORT_STATES][view]];
      for (const state of states) {
        const attributes = { ...(state.selected ? { selected: state.selected } : {}), ...(state.loop ? { loop: state.loop } : {}) };
        it(`${tag} with ${JSON.stringify(attributes)} on ${document}.json`, async () => {
          const { el, remove } = await mount(tag, await loadJson(url), { width: 1000, lang: 'nb', attributes });
          try {
            // Serialised as XML, as an export is (empty elements self-closed), then the root's own tags set aside.
            const drawing = new XMLSerializer().serializeToString(el.shadowRoot!.querySelector('svg[part="diagram"]')!);
            const live = drawing.slice(drawing.indexOf('>') + 1, drawing.lastIndexOf('</svg>'));
            expect(comparable(exportBody(el.toSVG()))).to.equal(comparable(live));
          } finally {
            remove();
          }
        });
      }
    }
  }
});
