/**
 * Every editable view takes part in `<floke-explorer editable>`'s one workshop: an edit in the network, the horizons
 * or the iceberg goes to the explorer's document (one history, one `floke-change` stream), the view shows no toolbar
 * of its own, and the explorer's undo takes the edit back exactly.
 */
import { expect, waitUntil } from '@open-wc/testing';
import './lit-dev-warnings.js';
import type { FlokeDocument } from '@floke/core';
import type { FlokeChangeDetail } from '../../packages/elements/src/base/events.js';
import type { FlokeExplorer } from '../../packages/elements/src/explorer.js';
import type { ExplorerView } from '../../packages/elements/src/explorer/explorer-views.js';
import { FIXED_FONT, record } from './view-helpers.js';

const map = (): FlokeDocument => ({
  floke: '1.0',
  id: 'explorer-views-workshop-test',
  title: 'Workshop',
  language: 'en',
  elements: [
    { id: 'a', kind: 'factor', label: 'Alpha', layer: 'events' },
    { id: 'b', kind: 'factor', label: 'Beta', layer: 'patterns' },
    { id: 'pilot', kind: 'initiative', label: 'Pilot', horizon: 'H2', date: '2026-03' },
    { id: 'nav', kind: 'actor', label: 'NAV', level: 'local', sector: 'public' },
    { id: 'school', kind: 'actor', label: 'School', level: 'local', sector: 'public' },
  ],
  relations: [
    { from: 'a', to: 'b', type: 'causes', polarity: '+' },
    { from: 'nav', to: 'school', type: 'collaborates' },
    { from: 'nav', to: 'pilot', type: 'participates' },
  ],
});

type EditableView = HTMLElement & { updateComplete: Promise<boolean>; layout?: unknown; sharedEditor?: unknown };

async function mountExplorer(view: ExplorerView): Promise<{ el: FlokeExplorer; remove(): void }> {
  const container = document.createElement('div');
  container.style.width = '1280px';
  container.style.setProperty('--floke-font-family', FIXED_FONT);
  container.setAttribute('lang', 'en');
  const el = document.createElement('floke-explorer') as FlokeExplorer;
  el.setAttribute('editable', '');
  el.setAttribute('view', view);
  el.data = map();
  const ready = new Promise((resolve) => el.addEventListener('floke-ready', resolve, { once: true }));
  container.append(el);
  document.body.append(container);
  await ready;
  await waitUntil(() => (el.viewElement(view) as EditableView | null)?.layout, `the ${view} view drawn`, { timeout: 15000 });
  return { el, remove: () => container.remove() };
}

async function settled(el: FlokeExplorer, view: ExplorerView): Promise<void> {
  await el.updateComplete;
  await (el.viewElement(view) as EditableView).updateComplete;
  await new Promise((resolve) => requestAnimationFrame(resolve));
  await el.updateComplete;
}

const labelOf = (el: FlokeExplorer, id: string) => (el.data as FlokeDocument).elements.find((e) => e.id === id)?.label;

for (const [view, id] of [
  ['network', 'nav'],
  ['horizons', 'pilot'],
  ['iceberg', 'a'],
] as const) {
  describe(`floke-explorer workshop: the ${view} view`, function () {
    this.timeout(40000);

    it(`edits the explorer’s document through its editor, shows no toolbar of its own, and the explorer undoes the edit`, async () => {
      indexedDB.deleteDatabase('floke-drafts');
      const { el, remove } = await mountExplorer(view);
      try {
        const child = el.viewElement(view) as EditableView;
        expect(child.sharedEditor).to.equal(el.editor);
        const changes = record<FlokeChangeDetail>(el, 'floke-change');
        el.selected = id;
        await settled(el, view);
        // A view may load its workshop code on first use.
        await waitUntil(() => child.shadowRoot!.querySelector('input.rename'), `the ${view} view's rename field`);
        const rename = child.shadowRoot!.querySelector<HTMLInputElement>('input.rename')!;
        rename.value = 'Renamed';
        rename.closest('form')!.querySelector<HTMLButtonElement>('button[type="submit"]')!.click();
        await settled(el, view);
        expect(labelOf(el, id)).to.equal('Renamed');
        expect(changes.details.map((d) => d.cause)).to.deep.equal(['edit']);
        expect(child.shadowRoot!.querySelector('button.undo')).to.equal(null);
        el.shadowRoot!.querySelector<HTMLButtonElement>('.workshop button.undo')!.click();
        await settled(el, view);
        expect(el.data).to.deep.equal(map());
      } finally {
        remove();
      }
    });
  });
}
