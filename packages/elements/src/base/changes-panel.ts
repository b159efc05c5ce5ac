import type { Problem, UiLanguage } from '@floke/core';
import type { DiffSummary, DocumentDiff } from '@floke/core/diff';
import { html, nothing } from 'lit';
import { CHANGE_GLYPHS } from './change-glyphs.js';
import type { CompareStrings } from './compare-strings.js';

export interface ChangesPanelInput {
  readonly strings: CompareStrings;
  readonly lang: UiLanguage;
  readonly diff: DocumentDiff;
  readonly summary: DiffSummary;
  readonly earlierProblems: readonly Problem[];
  /** Selects an element of the drawn version (a new or changed one). */
  readonly select: (id: string) => void;
}

/**
 * The "what changed" panel of compare mode: the summary in words, then the new, changed and gone elements as lists
 * (new and changed ones are buttons that select them; gone ones are text, as they are not drawn). It is the text form
 * of compare mode: every badge in the drawing has its line here.
 */
export function renderChangesPanel(input: ChangesPanelInput) {
  const { strings: t, diff, summary } = input;
  const { added, changed, removed } = diff.elements;
  const item = (id: string, label: string, status: 'new' | 'changed', extra = '') =>
    html`<li>
      <button type="button" class="change-item" data-change=${status} data-change-id=${id} @click=${() => input.select(id)}>
        <span class=${`change-badge-swatch ${status}`} aria-hidden="true">${status === 'new' ? t.status.new : CHANGE_GLYPHS.changed}</span
        >${label}
      </button>
      ${extra ? html`<span class="change-fields">${extra}</span>` : nothing}
    </li>`;
  return html`<section class="changes" part="changes" aria-label=${t.heading}>
    <p class="changes-heading">${t.heading}</p>
    <p class="changes-headline">${summary.headline}</p>
    ${
      summary.sentences.length
        ? html`<ul class="changes-sentences">
            ${summary.sentences.map((s) => html`<li>${s}</li>`)}
          </ul>`
        : nothing
    }
    ${input.earlierProblems.length ? html`<p class="changes-problems">${t.earlierProblems(input.earlierProblems.length)}</p>` : nothing}
    ${
      added.length
        ? html`<details class="changes-list" data-list="new">
            <summary>${t.listNew(added.length)}</summary>
            <ul>
              ${added.map((e) => item(e.id, e.label, 'new'))}
            </ul>
          </details>`
        : nothing
    }
    ${
      changed.length
        ? html`<details class="changes-list" data-list="changed">
            <summary>${t.listChanged(changed.length)}</summary>
            <ul>
              ${changed.map((e) => item(e.id, e.label, 'changed', t.fields(e.fields.map((f) => f.field).join(', '))))}
            </ul>
          </details>`
        : nothing
    }
    ${
      removed.length
        ? html`<details class="changes-list" data-list="gone">
            <summary>${t.listGone(removed.length)}</summary>
            <ul>
              ${removed.map(
                (e) => html`<li data-change="gone"><span class="change-badge-swatch gone" aria-hidden="true">−</span>${e.label}</li>`,
              )}
            </ul>
          </details>`
        : nothing
    }
  </section>`;
}
