import type { NormalizedDocument, TextWidth } from '@floke/core';
import type { PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { canvasTextWidth } from './canvas-text-width.js';
import { FlokeElement } from './floke-element.js';
import { observeWidth } from './width-observer.js';

/**
 * A view that lays itself out for its own width and, below `narrowWidth`, reflows to a list (WCAG 1.4.10).
 * It keeps one layout per model and width, computed with the font the view renders with.
 */
export abstract class MeasuredFlokeElement<Layout> extends FlokeElement {
  /** Width (CSS px) below which the view shows its list form. */
  static narrowWidth = 480;

  /** Force the list (`list`) or the drawing (`diagram`); by default the container's width decides. */
  @property() display: 'auto' | 'list' | 'diagram' = 'auto';

  /** The element's content width, once measured. */
  @state() protected width = 0;

  #stopObserving?: () => void;
  #layout?: Layout;
  #layoutFor?: { model: NormalizedDocument; width: number };

  /** Lays out the model for a width (never below `narrowWidth`). Pure: the view's layout function. */
  protected abstract computeLayout(model: NormalizedDocument, width: number, textWidth: TextWidth | undefined): Layout;

  /** Called after a new layout, e.g. to keep the roving tab stop on an element that still exists. */
  protected layoutChanged(_layout: Layout): void {}

  /** The layout drawn now (undefined before the first measure). */
  get layout(): Layout | undefined {
    return this.#layout;
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    if (!this.model || this.width === 0) return;
    if (this.#layoutFor?.model === this.model && this.#layoutFor.width === this.width) return;
    const limit = (this.constructor as typeof MeasuredFlokeElement).narrowWidth;
    const measure = canvasTextWidth(getComputedStyle(this).getPropertyValue('--_font').trim() || 'sans-serif');
    this.#layout = this.computeLayout(this.model, Math.max(this.width, limit), measure);
    this.#layoutFor = { model: this.model, width: this.width };
    this.layoutChanged(this.#layout);
  }

  protected override get drawn(): boolean {
    return this.width > 0;
  }

  /** Whether the view shows its list form rather than the drawing. */
  get narrow(): boolean {
    const limit = (this.constructor as typeof MeasuredFlokeElement).narrowWidth;
    return this.display === 'list' || (this.display === 'auto' && this.width > 0 && this.width < limit);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.#stopObserving = observeWidth(this, (width) => (this.width = width));
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#stopObserving?.();
  }
}
