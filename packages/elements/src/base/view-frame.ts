import type { NormalizedDocument, UiLanguage } from '@floke/core';
import { html, nothing, type TemplateResult } from 'lit';
import { formatPartialDate } from './format-date.js';
import { largeDocumentChunk } from './large-document-chunk.js';
import type { FrameStrings, FramedView } from './frame-strings.js';

/** What the frame's toolbar offers; a view leaves out what it has no use for (the iceberg does not zoom). */
export interface ToolbarParts {
  readonly search: TemplateResult;
  /** The view's filters (fieldsets, selects), on their own row under the toolbar's. */
  readonly filters?: TemplateResult | typeof nothing;
  /** A compact control in the toolbar's row, after the search (the network's filter menu). */
  readonly menu?: TemplateResult | typeof nothing;
  readonly zoom?: { readonly zoomBy: (factor: number) => void; readonly fit: () => void; readonly step: number };
  readonly download: () => void;
}

/** Everything a drawing view shows around its drawing. */
export interface FrameParts {
  readonly view: FramedView;
  readonly strings: FrameStrings;
  readonly lang: UiLanguage;
  readonly model: NormalizedDocument;
  /** The heading text, or undefined for none. */
  readonly heading: string | undefined;
  readonly headingLevel: number;
  /** What the view marks as related to a selection made elsewhere, in words; undefined when nothing is. */
  readonly relatedLine?: string | undefined;
  readonly problems: TemplateResult | typeof nothing;
  readonly toolbar: ToolbarParts;
  readonly legend: TemplateResult | typeof nothing;
  /** The drawing (or the narrow form), and what sits beside or under it (panels). */
  readonly body: TemplateResult | typeof nothing;
  /** Keyboard help, notes, text alternative, live region: after the drawing. */
  readonly after: TemplateResult | typeof nothing;
}

/** At most this many publishers are named in the source line; the rest are counted. */
const NAMED_PUBLISHERS = 3;

/**
 * The frame of every drawing view, in reading order: heading (optional), a one-line "how to read", problems, one
 * toolbar (search, filters, zoom, fit, download, in that order and with the same words everywhere), the legend, the
 * drawing, then help and text alternative, and last where the insight comes from and when it was updated.
 */
export function renderViewFrame(parts: FrameParts): TemplateResult {
  const { strings: t, toolbar } = parts;
  return html`
    <header class="frame-header" part="header">
      ${
        parts.heading
          ? html`<div class="frame-heading" role="heading" aria-level=${Math.min(6, Math.max(1, parts.headingLevel))} part="heading">
              ${parts.heading}
            </div>`
          : nothing
      }
      <p class="how-to-read" part="how-to-read">${t.howToRead[parts.view]}</p>
      ${parts.relatedLine ? html`<p class="related-line" part="related">${parts.relatedLine}</p>` : nothing}
      ${largeDocumentChunk.loaded?.renderScope(parts.model, parts.lang) ?? nothing}
    </header>
    ${parts.problems}
    <div class="toolbar" part="toolbar" role="group" aria-label=${t.toolbar}>
      <div class="toolbar-row">
        ${toolbar.search} ${toolbar.menu ?? nothing}
        <span class="toolbar-actions">
          ${
            toolbar.zoom
              ? html`<button
                    type="button"
                    data-action="zoom-in"
                    aria-label=${t.zoomIn}
                    @click=${() => toolbar.zoom!.zoomBy(toolbar.zoom!.step)}
                  >
                    +
                  </button>
                  <button
                    type="button"
                    data-action="zoom-out"
                    aria-label=${t.zoomOut}
                    @click=${() => toolbar.zoom!.zoomBy(1 / toolbar.zoom!.step)}
                  >
                    −
                  </button>
                  <button type="button" data-action="fit" @click=${() => toolbar.zoom!.fit()}>${t.fit}</button>`
              : nothing
          }
          <button type="button" data-action="download" @click=${toolbar.download}>${t.download}</button>
        </span>
      </div>
      ${toolbar.filters ?? nothing}
    </div>
    ${parts.legend} ${parts.body} ${parts.after} ${renderProvenance(parts.model, t, parts.lang)}
  `;
}

/** "Kilder: NORCE, SSB og 3 til · Oppdatert 4. mars 2026": where the insight comes from, and how fresh it is. */
function renderProvenance(model: NormalizedDocument, t: FrameStrings, lang: UiLanguage) {
  const publishers = [...new Set(model.sources.map((s) => s.publisher ?? s.title))];
  const named = publishers.slice(0, NAMED_PUBLISHERS);
  const parts = [
    ...(named.length ? [t.sources(named, publishers.length - named.length)] : []),
    ...(model.updated ? [t.updated(formatPartialDate(model.updated, lang, 'long'))] : []),
  ];
  return parts.length ? html`<p class="provenance" part="provenance">${parts.join(' · ')}</p>` : nothing;
}
