/** The example document, served beside the app; and what the test reads back: every floke-select the app received. */
export async function loadDocument(): Promise<unknown> {
  const response = await fetch(new URL('telemark-agder.json', document.baseURI));
  return response.json();
}

/** Records a selection the framework delivered to the app's own handler (the test reads `window.flokeSelects`). */
export function recordSelect(view: string, id: string | null): void {
  const w = window as unknown as { flokeSelects?: string[] };
  (w.flokeSelects ??= []).push(`${view}:${id}`);
}
