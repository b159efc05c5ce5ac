/**
 * Every view of Floke, mounted the same way for the accessibility matrix tests (axe, forced colours, zoom): the four
 * drawings, the summary, the indicator and the explorer, on the Telemark example.
 */
import { loadJson, TELEMARK } from './view-helpers.js';

export const ALL_VIEWS = [
  'floke-iceberg',
  'floke-horizons',
  'floke-actor-network',
  'floke-causal-loops',
  'floke-summary',
  'floke-explorer',
  'floke-indicator',
] as const;
export type AnyViewTag = (typeof ALL_VIEWS)[number];

export type AnyView = HTMLElement & { data: unknown; selected?: string; updateComplete: Promise<unknown> };

/** Attributes each view needs to show something (the indicator: which one). */
const NEEDS: Partial<Record<AnyViewTag, Record<string, string>>> = { 'floke-indicator': { indicator: 'neet-antall' } };

/** Mounts a view in a container `width` wide (a CSS length), scheme `light`, and waits for `floke-ready`. */
export async function mountView(tag: AnyViewTag, width = '100%', attributes: Record<string, string> = {}) {
  const container = document.createElement('div');
  container.style.width = width;
  container.setAttribute('lang', 'nb');
  container.setAttribute('data-color-scheme', 'light');
  const el = document.createElement(tag) as AnyView;
  for (const [name, value] of Object.entries({ ...NEEDS[tag], ...attributes })) el.setAttribute(name, value);
  el.data = await loadJson(TELEMARK);
  const ready = new Promise((resolve) => el.addEventListener('floke-ready', resolve, { once: true }));
  container.append(el);
  document.body.append(container);
  await Promise.race([ready, new Promise((_, reject) => setTimeout(() => reject(new Error(`${tag} was not drawn in 20 s`)), 20000))]);
  await el.updateComplete;
  // Views that follow their width measure it after the first paint: let them settle on it.
  for (let i = 0; i < 3; i++) await new Promise((resolve) => requestAnimationFrame(resolve));
  await el.updateComplete;
  return { el, container, remove: () => container.remove() };
}

/** Every element under `root`, through shadow roots. */
export function deepElements(root: ParentNode): Element[] {
  const found: Element[] = [];
  const roots: ParentNode[] = [root];
  for (let i = 0; i < roots.length; i++) {
    for (const node of roots[i]!.querySelectorAll('*')) {
      found.push(node);
      if (node.shadowRoot) roots.push(node.shadowRoot);
    }
  }
  return found;
}
