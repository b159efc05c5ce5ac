/**
 * In an English UI the document's Norwegian words keep their own language (WCAG 3.1.2, issue 16): labels, topics and
 * units the document gives only in Norwegian carry `lang="nb"` in every view's panels and text alternatives, while
 * the UI's own words (and labels the document translates) inherit the UI's `en`.
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
type View = HTMLElement & { data: unknown; selected?: string; updateComplete: Promise<unknown> };

/** Elements whose label the test documents give in Norwegian only (the example translates most labels). */
const NORWEGIAN_ONLY = ['fragmentering', 'h1-linjestyring', 'fattigdom'];

/** The example with the labels of `NORWEGIAN_ONLY` left untranslated: plain strings, in the document's language. */
async function testDocument() {
  const doc = await loadJson<{ elements: { id: string; label: unknown }[] }>(TELEMARK);
  for (const e of doc.elements) if (NORWEGIAN_ONLY.includes(e.id)) e.label = (e.label as { nb: string }).nb;
  return doc;
}

/** Mounts a view in an English page and waits for `floke-ready`. */
async function mountEnglish(tag: Tag, attributes: Record<string, string> = {}) {
  const container = document.createElement('div');
  container.style.width = '1200px';
  container.setAttribute('lang', 'en');
  const el = document.createElement(tag) as View;
  for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
  el.data = await testDocument();
  const ready = new Promise((resolve) => el.addEventListener('floke-ready', resolve, { once: true }));
  container.append(el);
  document.body.append(container);
  await ready;
  await el.updateComplete;
  return { el, remove: () => container.remove() };
}

/** The language a node is read in: its nearest `[lang]`, across shadow roots up to the page. */
function langOf(node: Node): string | null {
  for (let at: Node | null = node; at;) {
    if (at instanceof Element && at.hasAttribute('lang')) return at.getAttribute('lang');
    at = at.parentNode ?? (at instanceof ShadowRoot ? at.host : null);
  }
  return null;
}

/** The text nodes under `root` (and shadow roots inside it) that contain `text`. */
function textNodes(root: Node, text: string): Text[] {
  const found: Text[] = [];
  const roots: Node[] = [root];
  for (let i = 0; i < roots.length; i++) {
    const walker = document.createTreeWalker(roots[i]!, NodeFilter.SHOW_TEXT | NodeFilter.SHOW_ELEMENT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      if (node instanceof Element && node.shadowRoot) roots.push(node.shadowRoot);
      if (node instanceof Text && node.data.includes(text)) found.push(node);
    }
  }
  return found;
}

/** The languages `text` is read in wherever it appears under `root` (at least once). */
function languagesOf(root: Node, text: string): string[] {
  const nodes = textNodes(root, text);
  expect(nodes.length, `"${text}" is shown`).to.be.greaterThan(0);
  return [...new Set(nodes.map((node) => langOf(node) ?? ''))];
}

async function openTextAlternative(el: View): Promise<HTMLDetailsElement> {
  const details = el.shadowRoot!.querySelector<HTMLDetailsElement>('details.text-alternative')!;
  details.open = true;
  await until(() => details.open, 'the text alternative opens');
  await settle(el as unknown as DrawingView);
  return details;
}

describe('lang of the document words in an English UI', function () {
  this.timeout(60000);
  before(() => setViewport({ width: 1280, height: 900 }));

  it('floke-iceberg: untranslated labels in nb, translated ones and the UI in en (text alternative)', async () => {
    const { el, remove } = await mountEnglish('floke-iceberg');
    try {
      const details = await openTextAlternative(el);
      expect(languagesOf(details, 'Fragmenterte tjenester (sektorsiloer)')).to.deep.equal(['nb']);
      expect(languagesOf(details, 'Upper-secondary dropout')).to.deep.equal(['en']);
      expect(languagesOf(details, 'Events')).to.deep.equal(['en']);
    } finally {
      remove();
    }
  });

  it('floke-horizons: the details and the timelines', async () => {
    const { el, remove } = await mountEnglish('floke-horizons', { selected: 'h1-linjestyring' });
    try {
      const details = el.shadowRoot!.querySelector('section.details')!;
      expect(languagesOf(details, 'Linjestyring og årlige sektorbudsjetter')).to.deep.equal(['nb']);
      expect(languagesOf(details, 'H1 Today’s system')).to.deep.equal(['en']);
      const text = await openTextAlternative(el);
      expect(languagesOf(text, 'Linjestyring og årlige sektorbudsjetter')).to.deep.equal(['nb']);
      expect(languagesOf(text, 'Youth exclusion in KS PRI')).to.deep.equal(['en']);
    } finally {
      remove();
    }
  });

  it('floke-causal-loops: factor names inside the English link sentences', async () => {
    const { el, remove } = await mountEnglish('floke-causal-loops');
    try {
      const text = await openTextAlternative(el);
      expect(languagesOf(text, 'Fattigdom i familien')).to.deep.equal(['nb']);
      expect(languagesOf(text, 'Youth exclusion')).to.deep.equal(['en']);
      expect(languagesOf(text, ' increases ')).to.deep.equal(['en']);
    } finally {
      remove();
    }
  });

  it('floke-actor-network: the panel names and topics, the tables', async () => {
    const { el, remove } = await mountEnglish('floke-actor-network', { selected: 'hdir' });
    try {
      await until(() => el.shadowRoot!.querySelector('.panel [role="heading"]'), 'the panel is drawn');
      const panel = el.shadowRoot!.querySelector('.panel')!;
      expect(languagesOf(panel, 'Helsedirektoratet (Hdir)')).to.deep.equal(['nb']);
      expect(languagesOf(panel, 'samordning av tjenester')).to.deep.equal(['nb']);
      expect(languagesOf(panel, 'Topics')).to.deep.equal(['en']);
      const tables = await openTextAlternative(el);
      expect(languagesOf(tables, 'Helsedirektoratet (Hdir)')).to.deep.equal(['nb']);
    } finally {
      remove();
    }
  });

  it('floke-summary: a unit after an English number', async () => {
    const { el, remove } = await mountEnglish('floke-summary');
    try {
      expect(languagesOf(el.shadowRoot!, 'personer')).to.deep.equal(['nb']);
      expect(languagesOf(el.shadowRoot!, 'Where can we act?')).to.deep.equal(['en']);
    } finally {
      remove();
    }
  });

  it('floke-indicator: the unit in its figures and its table', async () => {
    const { el, remove } = await mountEnglish('floke-indicator', { indicator: 'neet-antall' });
    try {
      // The chart is one image (role="img"), named in words: its own marks are not read.
      expect(languagesOf(el.shadowRoot!.querySelector('dl.figures')!, 'personer')).to.deep.equal(['nb']);
      expect(languagesOf(el.shadowRoot!.querySelector('table')!, 'personer')).to.deep.equal(['nb']);
      expect(languagesOf(el.shadowRoot!.querySelector('figcaption')!, 'personer')).to.deep.equal(['nb']);
    } finally {
      remove();
    }
  });

  it('floke-explorer: the detail panel', async () => {
    const { el, remove } = await mountEnglish('floke-explorer', { selected: 'hdir' });
    try {
      await until(() => el.shadowRoot!.querySelector('.detail-title, #detail-title'), 'the details are drawn');
      const title = el.shadowRoot!.querySelector('.detail-title, #detail-title')!;
      expect(languagesOf(title, 'Helsedirektoratet (Hdir)')).to.deep.equal(['nb']);
    } finally {
      remove();
    }
  });
});
