import {
  PROGRESS_GLYPHS,
  type ElementProgress,
  type Ghost,
  type MarksState,
  type ElementKind,
  type NormalizedDocument,
  type UiLanguage,
} from '@floke/core';
import { html, nothing } from 'lit';
import type { CompareController } from '../controllers/compare.js';
import type { CompareStrings } from './compare-strings.js';
import { joinDrawnLines } from './drawn-lines.js';
import { PROGRESS_STRINGS } from './progress-strings.js';
import { progressOf } from './progress-words.js';
import type { CommonUiStrings } from './strings.js';
import { heading } from './heading.js';

/** A ghost's accessible name: kind, name, and that it is gone ("Faktor Frafall, borte"). */
export function ghostLabel(ghost: Ghost, t: CommonUiStrings, gone: string): string {
  return `${t.kinds[ghost.kind] ?? ghost.kind} ${joinDrawnLines(ghost.lines)}, ${gone}`;
}

/** What a drawing shows of compare mode and progress, from the view's state. */
export function viewMarks(input: {
  model: NormalizedDocument;
  lang: UiLanguage;
  strings: CommonUiStrings;
  comparison: CompareController;
  ghosts?: readonly Ghost[] | undefined;
}): MarksState {
  const { comparison, lang } = input;
  const progress = progressOf(input.model);
  // Compare mode's texts come with its code (a chunk), which is there whenever a comparison is active.
  const words = comparison.active ? comparison.code?.COMPARE_STRINGS[lang].status : undefined;
  return {
    ...(progress.size ? { progress } : {}),
    ...(words
      ? {
          change: (id: string) => comparison.status(id),
          newWord: words.new,
          goneWord: words.gone,
          ghosts: input.ghosts ?? [],
          ghostLabel: (ghost: Ghost) => ghostLabel(ghost, input.strings, words.gone),
        }
      : {}),
  };
}

/** The legend line of the progress badges: each mark the drawing shows, its glyph and its words. */
export function renderProgressLegend(model: NormalizedDocument, lang: UiLanguage) {
  const shown = [...new Set(progressOf(model).values())];
  if (!shown.length) return nothing;
  const t = PROGRESS_STRINGS[lang];
  return html`<p class="progress-legend" part="progress-legend">
    ${t.legend}:
    ${shown.map(
      (mark) =>
        html`<span class="progress-key"
          ><span class=${`progress-swatch ${mark}`} aria-hidden="true">${PROGRESS_GLYPHS[mark]}</span>${t.marks[mark]}</span
        >`,
    )}
  </p>`;
}

/** The progress of an element in words with its data points and sources, for a details panel ('' without indicators). */
export function renderProgressDetails(progress: ElementProgress | undefined, sourceTitle: (id: string) => string | undefined) {
  if (!progress) return nothing;
  return html`<ul class="progress-details" data-progress=${progress.mark}>
    ${progress.indicators.map((p) => {
      const source = p.indicator.source ? sourceTitle(p.indicator.source) : undefined;
      return html`<li data-indicator=${p.indicator.id}>
        <span class=${`progress-swatch ${p.trend}`} aria-hidden="true">${PROGRESS_GLYPHS[p.trend]}</span>
        <strong>${p.indicator.label}</strong>: ${p.trendText}. ${p.sentence}
        ${
          p.measurements.length
            ? html`<span class="progress-points"
                >(${p.measurements.map((m) => `${p.format(m.value)} ${p.formatDate(m.date)}`).join('; ')})</span
              >`
            : nothing
        }
        ${source ? html`<span class="progress-source">${source}</span>` : nothing}
      </li>`;
    })}
  </ul>`;
}

/** The text alternative's list of gone elements in compare mode (nothing when none is gone). */
export function renderGoneList(
  gone: readonly { readonly id: string; readonly kind: ElementKind; readonly label: string }[],
  t: CommonUiStrings,
  words: CompareStrings | undefined,
  headingLevel: number,
) {
  if (!gone.length || !words) return nothing;
  return html`<section class="gone-list" data-list="gone">
    ${heading(headingLevel, words.listGone(gone.length))}
    <ul>
      ${gone.map((e) => html`<li data-change="gone" data-id=${e.id}>${t.kinds[e.kind] ?? e.kind} ${e.label}, ${words.status.gone}</li>`)}
    </ul>
  </section>`;
}
