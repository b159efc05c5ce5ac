/**
 * Helpers shared by the view-contract, keys and snapshot tests: mounting a drawing view in a container of a given
 * width and waiting until it is drawn, reading its state back, and pointing at its marks.
 *
 * The views come from the built modules (`dist/`), so the layout Workers load from their real place. Types come
 * from the sources (type-only imports vanish in the browser, so there is no second copy of the elements).
 */
import { waitUntil } from '@open-wc/testing';
import { sendMouse } from '@web/test-runner-commands';
import '../../packages/elements/dist/all.js';
import type { FlokeActorNetwork } from '../../packages/elements/src/actor-network.js';
import type { FlokeCausalLoops } from '../../packages/elements/src/causal-loops.js';
import type { FlokeHorizons } from '../../packages/elements/src/horizons.js';
import type { FlokeIceberg } from '../../packages/elements/src/iceberg.js';

export type { FlokeActorNetwork, FlokeCausalLoops, FlokeHorizons, FlokeIceberg };
export type DrawingView = FlokeIceberg | FlokeHorizons | FlokeCausalLoops | FlokeActorNetwork;
export type ViewTag = 'floke-iceberg' | 'floke-horizons' | 'floke-causal-loops' | 'floke-actor-network';

export const MINIMAL = '/examples/data/minimal.json';
export const TELEMARK = '/examples/data/telemark-agder.json';

const documents = new Map<string, Promise<unknown>>();

/** A fresh copy of an example document (fetched once per page). */
export async function loadJson<T = Record<string, unknown>>(url: string): Promise<T> {
  if (!documents.has(url))
    documents.set(
      url,
      fetch(url).then((response) => response.json()),
    );
  return structuredClone(await documents.get(url)) as T;
}

/** A generic family Debian's Chromium has, so text measurement (and the layouts that depend on it) is stable. */
export const FIXED_FONT = "'DejaVu Sans', sans-serif";

export interface MountOptions {
  /** Width of the container, in CSS px. */
  width?: number;
  lang?: string;
  /** Attributes set on the view before it is connected. */
  attributes?: Record<string, string>;
  /** Don't wait for `floke-ready`. */
  noWait?: boolean;
}

export interface Mounted<T extends DrawingView> {
  readonly el: T;
  /** The container, light scheme, fixed font, `lang` and width as asked. */
  readonly container: HTMLDivElement;
  /** Removes the container (use in `after`; `fixture()` would be cleaned up after the first test). */
  remove(): void;
}

/** Puts a view with `data` in a container of its own and waits until it is drawn (`floke-ready`). */
export async function mount<T extends DrawingView>(tag: ViewTag, data: unknown, options: MountOptions = {}): Promise<Mounted<T>> {
  const container = document.createElement('div');
  container.style.width = `${options.width ?? 1000}px`;
  container.style.setProperty('--floke-font-family', FIXED_FONT);
  container.setAttribute('lang', options.lang ?? 'nb');
  container.setAttribute('data-color-scheme', 'light');
  const el = document.createElement(tag) as T;
  for (const [name, value] of Object.entries(options.attributes ?? {})) el.setAttribute(name, value);
  el.data = data;
  const ready = new Promise((resolve) => el.addEventListener('floke-ready', resolve, { once: true }));
  container.append(el);
  document.body.append(container);
  if (!options.noWait) {
    await Promise.race([ready, new Promise((_, reject) => setTimeout(() => reject(new Error(`${tag} was not drawn in 15 s`)), 15000))]);
    await el.updateComplete;
  }
  return { el, container, remove: () => container.remove() };
}

/** Waits for `n` animation frames (the network paints in one, and updates after its first paint). */
export const frames = async (n = 2) => {
  for (let i = 0; i < n; i++) await new Promise((resolve) => requestAnimationFrame(resolve));
};

/** Lets the view settle: its update, then a few frames, then any update those frames asked for. */
export async function settle(el: DrawingView, n = 2): Promise<void> {
  await el.updateComplete;
  await frames(n);
  await el.updateComplete;
}

export const root = (el: DrawingView) => el.shadowRoot!;

/** `data-id` of the element that has focus inside the view. */
export const activeId = (el: DrawingView) => (root(el).activeElement as HTMLElement | SVGElement | null)?.dataset.id;

/** The text of the view's `aria-live` region. */
export const announcement = (el: DrawingView) => root(el).querySelector('[aria-live]')!.textContent!.trim();

export const searchField = (el: DrawingView) => root(el).querySelector<HTMLInputElement>('input[type="search"]')!;

/** Types into the toolbar's search field as a user would (an input event per change). */
export async function setSearch(el: DrawingView, text: string): Promise<void> {
  const field = searchField(el);
  field.value = text;
  field.dispatchEvent(new Event('input', { bubbles: true }));
  await settle(el);
}

/** Ids of the marks the search found: `.match` (iceberg, horizons, loops) or `.match-ring` (network). */
export const matchIds = (el: DrawingView) =>
  [...root(el).querySelectorAll<SVGElement>('.match, .match-ring')].map((m) => m.dataset.id ?? m.dataset.match!).sort();

/** Records the details of an event until `stop()` is called. */
export function record<D = unknown>(target: EventTarget, name: string): { readonly details: D[]; stop(): void } {
  const details: D[] = [];
  const listener = (event: Event) => details.push((event as CustomEvent<D>).detail);
  target.addEventListener(name, listener);
  return { details, stop: () => target.removeEventListener(name, listener) };
}

/** Puts the view back to rest between tests: no search, highlight, hover or selection, nothing focused. */
export async function reset(el: DrawingView): Promise<void> {
  (root(el).activeElement as HTMLElement | null)?.blur();
  el.clear();
  await settle(el);
}

/** Where (client px) a network node's centre is drawn now: its layout position through the pan/zoom. */
export function networkPoint(el: FlokeActorNetwork, id: string): [number, number] {
  const position = el.positionOf(id);
  if (!position) throw new Error(`no node ${id}`);
  const { x, y, k } = el.transform;
  const rect = root(el).querySelector('svg.overlay')!.getBoundingClientRect();
  return [rect.left + position.x * k + x, rect.top + position.y * k + y];
}

/** The centre (client px) of an element's mark in an SVG view, scrolled into the viewport first. */
export function markPoint(mark: Element): [number, number] {
  mark.scrollIntoView({ block: 'center', inline: 'center' });
  const box = mark.getBoundingClientRect();
  return [box.left + box.width / 2, box.top + box.height / 2];
}

/** The point (client px) where a pointer selects element `id` in a view. */
export function pointOf(el: DrawingView, id: string): [number, number] {
  if (el.localName === 'floke-actor-network') {
    root(el).querySelector('.stage')!.scrollIntoView({ block: 'center' });
    return networkPoint(el as FlokeActorNetwork, id);
  }
  const key = CSS.escape(id);
  const selector = {
    'floke-iceberg': `g.chip[data-id="${key}"] rect.chip-box`,
    'floke-horizons': `g.marker[data-id="${key}"] circle`,
    'floke-causal-loops': `g.node[data-id="${key}"] rect.node-box`,
  }[el.localName as Exclude<ViewTag, 'floke-actor-network'>];
  const mark = root(el).querySelector(selector);
  if (!mark) throw new Error(`no mark for ${id} in ${el.localName}`);
  return markPoint(mark);
}

/** Clicks at a client point with the real mouse (the browser's own hit testing and event sequence). */
export async function clickAt([x, y]: [number, number]): Promise<void> {
  await sendMouse({ type: 'click', position: [Math.round(x), Math.round(y)] });
}

/** Moves the real mouse to a client point. */
export async function moveTo([x, y]: [number, number]): Promise<void> {
  await sendMouse({ type: 'move', position: [Math.round(x), Math.round(y)] });
}

/** Waits until `predicate` holds, with a message that says what was awaited. */
export const until = (predicate: () => unknown, message: string, timeout = 5000) => waitUntil(predicate, message, { timeout });
