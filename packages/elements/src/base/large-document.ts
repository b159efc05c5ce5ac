import type { NormalizedDocument, UiLanguage } from '@floke/core';
import { html, nothing } from 'lit';
import { LARGE_DOCUMENT_STRINGS } from './large-document-strings.js';
import type { PreparingProgress } from './model-client.js';

/** The status while a large document is prepared: what is happening (a live status) and a button that stops it. */
export function renderPreparing(progress: PreparingProgress, lang: UiLanguage, cancel: () => void) {
  const t = LARGE_DOCUMENT_STRINGS[lang];
  return html`<div class="preparing" part="preparing">
    <p class="status" role="status">${t.preparing(progress)}</p>
    <button type="button" data-action="cancel-preparing" @click=${cancel}>${t.cancel}</button>
  </div>`;
}

/** What the view says once the reader cancelled preparing, and a button to prepare the document after all. */
export function renderCancelled(lang: UiLanguage, retry: () => void) {
  const t = LARGE_DOCUMENT_STRINGS[lang];
  return html`<div class="preparing" part="preparing">
    <p class="status" role="status">${t.cancelled}</p>
    <button type="button" data-action="retry-preparing" @click=${retry}>${t.retry}</button>
  </div>`;
}

/** "Showing the 2,000 strongest of 250,000 relations …", when the view draws only part of a large document. */
export function renderScope(model: NormalizedDocument, lang: UiLanguage) {
  return model.scope ? html`<p class="scope" part="scope" role="note">${LARGE_DOCUMENT_STRINGS[lang].scope(model.scope)}</p>` : nothing;
}
