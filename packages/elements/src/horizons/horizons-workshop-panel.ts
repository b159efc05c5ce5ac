import { ELEMENT_KINDS, HORIZONS, type ElementKind, type Horizon, type UiLanguage } from '@floke/core';
import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import type { CommonUiStrings } from '../base/strings.js';
import { renderRefusal, renderWorkshopToolbar } from '../base/workshop-toolbar.js';
import type { HorizonsWorkshop, HorizonShift } from './horizons-workshop.js';

/** What the horizons' workshop panel shows and does. */
export interface HorizonsWorkshopPanelInput {
  readonly workshop: HorizonsWorkshop;
  /** Inside an editable explorer: the explorer shows the toolbar and the refusal. */
  readonly shared: boolean;
  readonly selected?: string | undefined;
  readonly strings: CommonUiStrings;
  readonly lang: UiLanguage;
  readonly exportSvg: () => void;
  readonly exportPng: () => void;
}

const today = () => new Date().toISOString().slice(0, 10);

/** The value of a named field of the form that was submitted (the page does not navigate). */
function field(event: SubmitEvent, name: string): string {
  event.preventDefault();
  return ((event.currentTarget as HTMLFormElement).elements.namedItem(name) as HTMLInputElement).value;
}

const valueOf = (event: Event) => (event.target as HTMLInputElement | HTMLSelectElement).value;

/**
 * The horizons' workshop panel under the toolbar: the shared row (counts, undo, redo, files, export); a form that adds
 * an element with a name, kind, horizon and date (N or a click on a curve fills horizon and date and focuses it); for
 * the selected element, rename, remove, horizon, date, H2+/H2− and a note; and why the last edit was refused.
 */
export function renderHorizonsWorkshopPanel(input: HorizonsWorkshopPanelInput): TemplateResult {
  const w = input.workshop;
  const t = w.t;
  const s = input.strings;
  const selected = input.selected ? w.element(input.selected) : undefined;
  const form = w.formShown;
  // A "/" typed in a name or a note is text, not the view's search key.
  const keepSlash = (e: KeyboardEvent) => {
    if (e.key === '/' && e.composedPath()[0] instanceof HTMLInputElement) e.stopPropagation();
  };
  return html`<section class="workshop" part="workshop" aria-label=${t.panel} @keydown=${keepSlash}>
    ${
      input.shared
        ? nothing
        : renderWorkshopToolbar({
            editor: w.editor,
            counts: w.counts(),
            lang: input.lang,
            exportSvg: input.exportSvg,
            exportPng: input.exportPng,
          })
    }
    <form
      class="workshop-row add-element"
      aria-label=${t.newElement}
      @submit=${(e: SubmitEvent) => {
        const form = e.currentTarget as HTMLFormElement;
        if (w.add(field(e, 'label'))) (form.elements.namedItem('label') as HTMLInputElement).value = '';
      }}
      @keydown=${(e: KeyboardEvent) => {
        if (e.key === 'Escape') w.cancelSpot();
      }}
    >
      <label>${t.newElement} <input name="label" class="add-name" autocomplete="off" /></label>
      <label
        >${t.kind}
        <select name="kind" .value=${live(form.kind)} @change=${(e: Event) => (w.form = { ...w.form, kind: valueOf(e) as ElementKind })}>
          ${ELEMENT_KINDS.map((k) => html`<option value=${k} ?selected=${form.kind === k}>${s.kinds[k]}</option>`)}
        </select>
      </label>
      <label
        >${t.horizon}
        <select
          name="horizon"
          .value=${live(form.horizon)}
          @change=${(e: Event) => (w.form = { ...w.form, horizon: valueOf(e) as Horizon })}
        >
          ${HORIZONS.map((h) => html`<option value=${h} ?selected=${form.horizon === h}>${s.horizons.names[h]}</option>`)}
        </select>
      </label>
      <label
        >${t.date}
        <input
          name="date"
          class="add-date"
          inputmode="numeric"
          autocomplete="off"
          size="10"
          aria-describedby="date-hint"
          .value=${live(form.date)}
          @input=${(e: Event) => (w.form = { ...w.form, date: valueOf(e) })}
        />
      </label>
      <span class="hint" id="date-hint">${t.dateHint}</span>
      <button type="submit">${t.add}</button>
    </form>
    ${selected?.horizon ? renderElementEdits(input, selected.id) : nothing} ${input.shared ? nothing : renderRefusal(w.editor, input.lang)}
  </section>`;
}

function renderElementEdits(input: HorizonsWorkshopPanelInput, id: string): TemplateResult {
  const w = input.workshop;
  const t = w.t;
  const shared = w.shared;
  const element = w.element(id)!;
  const date = element.date ?? element.period?.start ?? '';
  const shift = element.horizonShift as HorizonShift | undefined;
  const shiftButton = (value: HorizonShift | null, text: string) =>
    html`<button
      type="button"
      class="shift-button"
      data-shift=${value ?? 'none'}
      aria-pressed=${(shift ?? null) === value ? 'true' : 'false'}
      @click=${() => w.setShift(id, value)}
    >
      ${text}
    </button>`;
  return html`<fieldset class="element-edits">
    <legend>${element.label}</legend>
    <form class="workshop-row" @submit=${(e: SubmitEvent) => w.rename(id, field(e, 'label'))}>
      <label>${shared.rename} <input name="label" class="rename" .value=${element.label} autocomplete="off" /></label>
      <button type="submit">${shared.rename}</button>
      <button type="button" class="remove-element" @click=${() => w.remove(id)}>${t.remove}</button>
    </form>
    <form class="workshop-row" @submit=${(e: SubmitEvent) => w.setDate(id, field(e, 'date'))}>
      <label
        >${t.horizon}
        <select class="horizon-of" @change=${(e: Event) => w.setHorizon(id, valueOf(e) as Horizon)}>
          ${HORIZONS.map((h) => html`<option value=${h} ?selected=${element.horizon === h}>${input.strings.horizons.names[h]}</option>`)}
        </select>
      </label>
      <label>${t.date} <input name="date" class="date-of" inputmode="numeric" size="10" .value=${date} autocomplete="off" /></label>
      <button type="submit">${t.setDate}</button>
    </form>
    ${
      element.horizon === 'H2'
        ? html`<div class="workshop-row shift" role="group" aria-label=${t.shift}>
            <span>${t.shift}:</span> ${shiftButton(null, t.shiftNone)} ${shiftButton('toward-h3', t.shiftUp)}
            ${shiftButton('absorbed-by-h1', t.shiftDown)}
          </div>`
        : nothing
    }
    <form
      class="workshop-row add-note"
      @submit=${(e: SubmitEvent) => {
        const form = e.currentTarget as HTMLFormElement;
        if (w.addNote(id, field(e, 'note'), today())) form.reset();
      }}
    >
      <label>${shared.note} <input name="note" autocomplete="off" /></label>
      <button type="submit">${shared.addNote}</button>
    </form>
  </fieldset>`;
}
