/**
 * Heading levels fit the page's outline in every view (`heading-level`), and every text alternative is navigable by
 * its headings (issue 16: levels were fixed except in the summary; the iceberg's text alternative had none).
 */
import { expect } from '@open-wc/testing';
import './lit-dev-warnings.js';
import { setViewport } from '@web/test-runner-commands';
import { TELEMARK, loadJson, settle, until, type DrawingView } from './view-helpers.js';

type Tag =
  | 'floke-iceberg'
  | 'floke-horizons'
  | 'floke-causal-loops'
  | 'floke-actor-network'
  | 'floke-summary'
  | 'floke-indicator'
  | 'floke-explorer';

/** Mounts a view with `heading-level` set and waits for `floke-ready`. */
async function mountWithLevel(tag: Tag, level: number, attributes: Record<string, string> = {}) {
  const container = document.createElement('div');
  container.style.width = '1200px';
  container.setAttribute('lang', 'nb');
  const el = document.createElement(tag) as HTMLElement & { data: unknown; updateComplete: Promise<unknown> };
  el.setAttribute('heading-level', String(level));
  for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
  el.data = await loadJson(TELEMARK);
  const ready = new Promise((resolve) => el.addEventListener('floke-ready', resolve, { once: true }));
  container.append(el);
  document.body.append(container);
  await ready;
  await el.updateComplete;
  return { el, remove: () => container.remove() };
}

/** Every heading in a shadow root (and the shadow roots of views inside it): its level and text. */
function headingsIn(root: ShadowRoot): { level: number; text: string; tag: string }[] {
  const found: { level: number; text: string; tag: string }[] = [];
  const roots: ShadowRoot[] = [root];
  for (let i = 0; i < roots.length; i++) {
    for (const node of roots[i]!.querySelectorAll('*')) {
      if (node.shadowRoot) roots.push(node.shadowRoot);
      const tagLevel = /^H([1-6])$/.exec(node.tagName)?.[1];
      if (node.getAttribute('role') === 'heading' || tagLevel) {
        const level = Number(node.getAttribute('aria-level') ?? tagLevel);
        found.push({ level, text: node.textContent!.trim().replace(/\s+/g, ' '), tag: node.tagName });
      }
    }
  }
  return found;
}

/** Opens a view's text alternative and returns it. */
async function openTextAlternative(el: DrawingView): Promise<HTMLDetailsElement> {
  const details = el.shadowRoot!.querySelector<HTMLDetailsElement>('details.text-alternative')!;
  details.open = true;
  await until(() => details.open, 'the text alternative opens');
  await settle(el);
  return details;
}

const DRAWING_VIEWS = ['floke-iceberg', 'floke-horizons', 'floke-causal-loops', 'floke-actor-network'] as const;

describe('heading-level', function () {
  this.timeout(60000);
  before(() => setViewport({ width: 1280, height: 900 }));

  for (const tag of DRAWING_VIEWS) {
    it(`${tag}: the view's heading at the level asked, its text alternative's headings one deeper`, async () => {
      // An empty `heading` shows the document's title.
      const { el, remove } = await mountWithLevel(tag, 4, { heading: '' });
      try {
        const view = el as unknown as DrawingView;
        await until(() => view.shadowRoot!.querySelector('details.text-alternative'), 'the text alternative is drawn');
        const frame = view.shadowRoot!.querySelector('[part="heading"]')!;
        expect(frame.getAttribute('aria-level')).to.equal('4');
        const details = await openTextAlternative(view);
        const inside = [...details.querySelectorAll('[role="heading"]')].map((h) => h.getAttribute('aria-level'));
        expect(inside.length, 'headings in the text alternative').to.be.greaterThan(1);
        expect(new Set(inside)).to.deep.equal(new Set(['5']));
        // No heading anywhere in the view keeps a fixed level: none is a bare <h1>–<h6>, none above the view's own.
        const all = headingsIn(view.shadowRoot!);
        expect(all.filter((h) => h.tag !== 'DIV')).to.deep.equal([]);
        expect(all.filter((h) => h.level < 4)).to.deep.equal([]);
      } finally {
        remove();
      }
    });
  }

  it('floke-iceberg: its text alternative has one heading per layer, in layer order', async () => {
    const { el, remove } = await mountWithLevel('floke-iceberg', 2);
    try {
      const details = await openTextAlternative(el as unknown as DrawingView);
      const headings = [...details.querySelectorAll('[role="heading"]')].map((h) => [h.getAttribute('aria-level'), h.textContent!.trim()]);
      expect(headings).to.deep.equal([
        ['3', 'Hendelser'],
        ['3', 'Mønstre'],
        ['3', 'Strukturer'],
        ['3', 'Mentale modeller'],
      ]);
    } finally {
      remove();
    }
  });

  it('floke-horizons: the details of a selection are a section one level below the view', async () => {
    const { el, remove } = await mountWithLevel('floke-horizons', 3, { selected: 'h1-linjestyring' });
    try {
      const details = el.shadowRoot!.querySelector('section.details [role="heading"]')!;
      expect([details.getAttribute('aria-level'), details.textContent!.trim()]).to.deep.equal([
        '4',
        'Linjestyring og årlige sektorbudsjetter',
      ]);
    } finally {
      remove();
    }
  });

  it('floke-actor-network: the panel is a section one level below the view, its parts two', async () => {
    const { el, remove } = await mountWithLevel('floke-actor-network', 3, { selected: 'hdir' });
    try {
      await until(() => el.shadowRoot!.querySelector('.panel [role="heading"]'), 'the panel is drawn');
      const levels = [...el.shadowRoot!.querySelectorAll('.panel [role="heading"]')].map((h) => h.getAttribute('aria-level'));
      expect(levels[0]).to.equal('4');
      expect(new Set(levels.slice(1))).to.deep.equal(new Set(['5']));
    } finally {
      remove();
    }
  });

  it('floke-summary: its title at the level asked, its sections one deeper', async () => {
    const { el, remove } = await mountWithLevel('floke-summary', 3);
    try {
      const levels = headingsIn(el.shadowRoot!).map((h) => h.level);
      expect(levels[0]).to.equal(3);
      expect(new Set(levels.slice(1))).to.deep.equal(new Set([4]));
    } finally {
      remove();
    }
  });

  it('floke-indicator: its name at the level asked', async () => {
    const { el, remove } = await mountWithLevel('floke-indicator', 5);
    try {
      expect(headingsIn(el.shadowRoot!).map((h) => h.level)).to.deep.equal([5]);
    } finally {
      remove();
    }
  });

  it('floke-explorer: its view one level below the level asked', async () => {
    const { el, remove } = await mountWithLevel('floke-explorer', 3);
    try {
      await until(() => headingsIn(el.shadowRoot!).length > 1, 'the explorer and its view are drawn');
      const levels = headingsIn(el.shadowRoot!).map((h) => h.level);
      // The view in the explorer sits one level below it (its detail panel's title takes the explorer's own level).
      expect(levels[0]).to.equal(4);
      expect(levels.filter((level) => level < 4)).to.deep.equal([]);
      expect(headingsIn(el.shadowRoot!).filter((h) => h.tag !== 'DIV')).to.deep.equal([]);
    } finally {
      remove();
    }
  });
});
