/** What the shared keys act on: a view with a pannable drawing, a search field and a "clear everything". */
export interface KeyedView {
  zoomBy(factor: number): void;
  fitToView(): void;
  clear(): void;
}

/** Zoom keys of a drawing: + and − zoom around the centre, 0 shows it all. Returns whether the key was one. */
export function handleZoomKey(event: KeyboardEvent, view: KeyedView): boolean {
  const zoom: Record<string, () => void> = {
    '+': () => view.zoomBy(1.25),
    '-': () => view.zoomBy(0.8),
    '0': () => view.fitToView(),
  };
  const action = zoom[event.key];
  if (!action) return false;
  action();
  return true;
}

/** Keys that work anywhere in a view: / goes to the search field, Esc clears highlight, selection and search. */
export function handleViewKey(event: KeyboardEvent, view: KeyedView, searchInput: HTMLInputElement | undefined): void {
  if (event.key === '/' && event.target !== searchInput) {
    event.preventDefault();
    searchInput?.focus();
  } else if (event.key === 'Escape') {
    view.clear();
  }
}
