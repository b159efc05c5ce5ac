import { property, state } from 'lit/decorators.js';
import { FlokeElement } from './floke-element.js';
import { observeWidth } from './width-observer.js';

/**
 * A view that lays itself out for its own width and, below `narrowWidth`, reflows to a list (WCAG 1.4.10).
 */
export abstract class MeasuredFlokeElement extends FlokeElement {
  /** Width (CSS px) below which the view shows its list form. */
  static narrowWidth = 480;

  /** Force the list (`list`) or the drawing (`diagram`); by default the container's width decides. */
  @property() display: 'auto' | 'list' | 'diagram' = 'auto';

  /** The element's content width, once measured. */
  @state() protected width = 0;

  #stopObserving?: () => void;

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
