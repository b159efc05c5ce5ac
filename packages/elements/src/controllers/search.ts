import { html, type ReactiveController, type ReactiveControllerHost } from 'lit';
import { live } from 'lit/directives/live.js';
import { ref } from 'lit/directives/ref.js';

/** Something a search can find: an id and the text it is found by. */
export interface Searchable {
  readonly id: string;
  readonly label: string;
}

export interface SearchOptions {
  /** What can be found now (e.g. the visible elements), in the order matches are listed. */
  items(): readonly Searchable[];
  /** Enter in the field: go to the first match. */
  jump(id: string): void;
  /** Esc in the field: the search is cleared; give focus back to the drawing. */
  leave(): void;
}

/** The texts of the search field. */
export interface SearchStrings {
  search: string;
  searchHint: string;
  matches: (count: number) => string;
}

/**
 * The search field every view's toolbar carries: type to mark the matching elements, Enter goes to the first, Esc
 * clears, `/` anywhere in the view comes here. Matching ignores case.
 */
export class SearchController implements ReactiveController {
  #text = '';
  #cache?: { text: string; items: readonly Searchable[]; matches: string[] };
  #field?: HTMLInputElement;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly options: SearchOptions,
  ) {
    host.addController(this);
  }

  hostConnected(): void {}

  /** The text typed. */
  get text(): string {
    return this.#text;
  }

  set text(value: string) {
    if (value === this.#text) return;
    this.#text = value;
    this.host.requestUpdate();
  }

  /** Whether a search is active (something typed). */
  get active(): boolean {
    return this.#text.trim() !== '';
  }

  /** Ids of the matching items, or undefined when nothing is typed. */
  get matches(): readonly string[] | undefined {
    const text = this.#text.trim().toLocaleLowerCase();
    if (!text) return undefined;
    const items = this.options.items();
    if (this.#cache?.text === text && this.#cache.items === items) return this.#cache.matches;
    const matches = items.filter((item) => item.label.toLocaleLowerCase().includes(text)).map((item) => item.id);
    this.#cache = { text, items, matches };
    return matches;
  }

  /** Moves focus to the field (the `/` key). */
  focusField(): void {
    this.#field?.focus();
  }

  /** Whether an event came from the field. */
  isFromField(event: Event): boolean {
    return this.#field !== undefined && event.composedPath().includes(this.#field);
  }

  /**
   * The labelled field and, while searching, the number of matches. The live region is there from the start and only
   * its text changes: a region inserted already filled is skipped by some screen readers.
   */
  render(strings: SearchStrings) {
    const matches = this.matches;
    return html`<label class="field search"
        >${strings.search}
        <input
          type="search"
          .value=${live(this.#text)}
          placeholder=${strings.searchHint}
          ${ref((field) => (this.#field = field as HTMLInputElement | undefined))}
          @input=${(e: Event) => (this.text = (e.target as HTMLInputElement).value)}
          @keydown=${this.#onKeydown}
      /></label>
      <span class="match-count" role="status">${matches ? strings.matches(matches.length) : ''}</span>`;
  }

  #onKeydown = (event: KeyboardEvent) => {
    if (event.key === 'Enter') {
      const first = this.matches?.[0];
      if (first !== undefined) {
        event.preventDefault();
        this.options.jump(first);
      }
    } else if (event.key === 'Escape') {
      // Handled here: Esc in the field clears the search only, never the selection.
      event.stopPropagation();
      this.text = '';
      this.options.leave();
    }
  };
}
