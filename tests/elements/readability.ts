/**
 * Measures what a reader sees, for the readability tests of every view: the rendered size of drawn text, the
 * boxes of labels and marks on screen, the WCAG 1.4.12 text-spacing override, and a real click at a mark's centre.
 */
import { clickAt, markPoint, root, settle, type DrawingView } from './view-helpers.js';

/** The WCAG 1.4.12 override, as the W3C's text-spacing bookmarklet applies it to a page. */
export const TEXT_SPACING_CSS = `* { line-height: 1.5 !important; letter-spacing: 0.12em !important; word-spacing: 0.16em !important; }
p { margin-bottom: 2em !important; }`;

/** Applies the text-spacing override to the page; returns a function that removes it. */
export function applyTextSpacing(): () => void {
  const style = document.createElement('style');
  style.textContent = TEXT_SPACING_CSS;
  document.head.append(style);
  return () => style.remove();
}

/** Whether an element is painted (not hidden by `display`, `visibility` or a zero-size box). */
export function isPainted(element: Element): boolean {
  const box = element.getBoundingClientRect();
  if (box.width === 0 && box.height === 0) return false;
  for (let e: Element | null = element; e; e = e.parentElement ?? ((e.getRootNode() as ShadowRoot).host || null)) {
    const style = getComputedStyle(e);
    if (style.display === 'none' || style.visibility === 'hidden' || style.opacity === '0') return false;
  }
  return true;
}

/** The on-screen font size (CSS px) of an SVG text: its computed size through the current transform (viewBox, zoom). */
export function renderedFontSize(text: SVGTextContentElement): number {
  const matrix = text.getScreenCTM();
  const scale = matrix ? Math.sqrt(Math.abs(matrix.a * matrix.d - matrix.b * matrix.c)) : 1;
  return parseFloat(getComputedStyle(text).fontSize) * scale;
}

export interface DrawnText {
  readonly text: string;
  readonly size: number;
}

/** Every painted text in the view's drawings (`svg text`), with its on-screen size, smallest first. */
export function drawnTexts(el: DrawingView): DrawnText[] {
  return [...root(el).querySelectorAll<SVGTextElement>('svg text')]
    .filter((t) => t.textContent!.trim() && isPainted(t))
    .map((t) => ({ text: t.textContent!.trim(), size: renderedFontSize(t) }))
    .sort((a, b) => a.size - b.size);
}

export interface Rect {
  readonly left: number;
  readonly top: number;
  readonly right: number;
  readonly bottom: number;
}

/** A named box on screen (client px). */
export interface NamedBox {
  readonly name: string;
  readonly box: Rect;
}

/** The on-screen boxes of the painted elements matching `selector`, named by `name` (default: `data-id` or text). */
export function boxesOf(
  el: DrawingView,
  selector: string,
  name = (e: Element) => (e as HTMLElement).dataset.id ?? e.textContent!.trim(),
): NamedBox[] {
  return [...root(el).querySelectorAll(selector)].filter(isPainted).map((e) => ({ name: name(e), box: e.getBoundingClientRect() }));
}

/** Whether two boxes overlap by more than `tolerance` px in both directions (touching is not overlapping). */
export function overlaps(a: Rect, b: Rect, tolerance = 0.5): boolean {
  return (
    Math.min(a.right, b.right) - Math.max(a.left, b.left) > tolerance && Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top) > tolerance
  );
}

/** Every pair of boxes, one from `a` and one from `b` (or two of `a` when `b` is omitted), that overlap. */
export function overlappingPairs(a: readonly NamedBox[], b?: readonly NamedBox[], tolerance = 0.5): string[] {
  const pairs: string[] = [];
  a.forEach((one, i) => {
    for (const [j, other] of (b ?? a).entries()) {
      if (!b && j <= i) continue;
      if (b && one.name === other.name) continue;
      if (overlaps(one.box, other.box, tolerance)) pairs.push(`${one.name} × ${other.name}`);
    }
  });
  return pairs;
}

/** Whether the text of an SVG label fits inside its box (client px), e.g. after text spacing widened it. */
export function overflowing(el: DrawingView, labelSelector: string, boxSelector: string, textSelector = 'text'): string[] {
  const out: string[] = [];
  for (const label of root(el).querySelectorAll(labelSelector)) {
    const box = label.querySelector(boxSelector);
    const text = label.querySelector(textSelector);
    if (!box || !text || !isPainted(label)) continue;
    const outer = box.getBoundingClientRect();
    const inner = text.getBoundingClientRect();
    const slack = 0.5;
    if (
      inner.left < outer.left - slack ||
      inner.right > outer.right + slack ||
      inner.top < outer.top - slack ||
      inner.bottom > outer.bottom + slack
    )
      out.push((label as HTMLElement).dataset.id ?? text.textContent!.trim());
  }
  return out;
}

/**
 * Clicks the centre of `mark` with the real mouse and returns what the view then has selected (clearing it after),
 * so a test can say "a click on every marker selects its element" through the browser's own hit testing.
 */
export async function selectedByClickOn(el: DrawingView, mark: Element): Promise<string | undefined> {
  await clickAt(markPoint(mark));
  await settle(el);
  const selected = el.selected;
  el.selected = undefined;
  await settle(el);
  return selected;
}
