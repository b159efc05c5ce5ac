import { ELEMENT_KINDS, type ElementKind, type NormalizedNote, type NormalizedRelation, type UiLanguage } from '@floke/core';
import { html, nothing, type TemplateResult } from 'lit';
import type { DocumentEditor } from '../controllers/document-editor.js';
import { renderRefusal, renderWorkshopToolbar } from '../base/workshop-toolbar.js';
import { WORKSHOP_STRINGS } from '../base/workshop-strings.js';
import { explainsRef, type IcebergWorkshop } from './iceberg-workshop.js';

/** What the iceberg's workshop panel shows and does. */
export interface IcebergWorkshopPanelInput {
  readonly workshop: IcebergWorkshop;
  readonly editor: DocumentEditor;
  readonly selected?: string;
  readonly counts: { readonly elements: number; readonly links: number };
  /** The kinds' names in the UI's language. */
  readonly kinds: Readonly<Record<ElementKind, string>>;
  readonly lang: UiLanguage;
  /** Inside `<floke-explorer editable>`: the explorer shows the toolbar and the refusal, once for every view. */
  readonly shared: boolean;
  readonly exportSvg: () => void;
  readonly exportPng: () => void;
}

/** Reads a named field of the form that was submitted (the submit's default is prevented). */
function formField(event: SubmitEvent, name: string): string {
  event.preventDefault();
  return ((event.currentTarget as HTMLFormElement).elements.namedItem(name) as HTMLInputElement).value;
}

/** Today as an ISO date (YYYY-MM-DD), the date a workshop note gets. */
const today = (): string => new Date().toISOString().slice(0, 10);

/** The kind a new element gets unless the facilitator picks another: the generic one. */
const DEFAULT_KIND: ElementKind = 'insight';

const kindOf = (form: HTMLFormElement): ElementKind => {
  const value = (form.elements.namedItem('kind') as HTMLSelectElement).value;
  return (ELEMENT_KINDS as readonly string[]).includes(value) ? (value as ElementKind) : DEFAULT_KIND;
};

/**
 * The iceberg's workshop panel under the toolbar: counts, undo and redo, files and export (shared with every view);
 * a new element's name and kind with one button per layer (Enter adds to the layer last chosen); for the selected
 * element, rename, move to another layer, draw an explanation, remove, its explanations (each removable) and its dated
 * notes; the explanation being drawn; and why the last edit was refused.
 */
export function renderIcebergWorkshopPanel(input: IcebergWorkshopPanelInput): TemplateResult {
  const { workshop: w, editor, selected, lang } = input;
  const t = w.t;
  const target = w.targetLayer;
  return html`<section class="workshop" part="workshop" aria-label=${WORKSHOP_STRINGS[lang].panel}>
    ${
      input.shared
        ? nothing
        : renderWorkshopToolbar({
            editor,
            counts: t.counts(input.counts.elements, input.counts.links),
            lang,
            exportSvg: input.exportSvg,
            exportPng: input.exportPng,
          })
    }
    <form
      class="add-element"
      @submit=${(e: SubmitEvent) => {
        const form = e.currentTarget as HTMLFormElement;
        if (target !== undefined && w.add(formField(e, 'label'), target, kindOf(form))) form.reset();
      }}
    >
      <div class="workshop-row">
        <label>${t.newElement} <input name="label" class="new-element" autocomplete="off" aria-describedby="enter-adds-to" /></label>
        <label
          >${t.kind}
          <select name="kind">
            ${ELEMENT_KINDS.map((kind) => html`<option value=${kind} ?selected=${kind === DEFAULT_KIND}>${input.kinds[kind]}</option>`)}
          </select>
        </label>
        <span class="hint" id="enter-adds-to">${target === undefined ? nothing : t.enterAddsTo(w.layerLabel(target))}</span>
      </div>
      <div class="workshop-row layer-buttons" role="group" aria-labelledby="add-to-label">
        <span id="add-to-label">${t.addTo}</span>
        ${w.layers.map(
          (layer) =>
            html`<button
              type="button"
              class=${layer.id === target ? 'add-to target' : 'add-to'}
              data-layer=${layer.id}
              @click=${(e: Event) => {
                const form = (e.currentTarget as HTMLButtonElement).form!;
                const name = form.elements.namedItem('label') as HTMLInputElement;
                if (w.chooseLayer(layer.id, name.value, kindOf(form))) form.reset();
              }}
            >
              ${t.addToLayer(layer.label)}
            </button>`,
        )}
      </div>
    </form>
    ${renderLinkDraft(w)} ${selected !== undefined && w.label(selected) !== selected ? renderElementEdits(input, selected) : nothing}
    ${input.shared ? nothing : renderRefusal(editor, lang)}
  </section>`;
}

function renderLinkDraft(w: IcebergWorkshop): TemplateResult | typeof nothing {
  if (w.linkFrom === undefined) return nothing;
  return html`<p class="workshop-row link-draft">
    ${w.t.linkPick(w.label(w.linkFrom))}
    <button type="button" class="cancel-link" @click=${() => w.cancelLink()}>${w.t.cancel}</button>
  </p>`;
}

function renderElementEdits(input: IcebergWorkshopPanelInput, id: string): TemplateResult {
  const w = input.workshop;
  const t = w.t;
  const label = w.label(id);
  const links = w.linksOf(id);
  const linkName = (r: NormalizedRelation) => t.linkName(w.label(r.from), w.label(r.to));
  return html`<fieldset class="element-edits">
    <legend>${label}</legend>
    <form class="workshop-row" @submit=${(e: SubmitEvent) => w.rename(id, formField(e, 'label'))}>
      <label>${t.rename} <input name="label" class="rename" .value=${label} autocomplete="off" /></label>
      <button type="submit">${t.rename}</button>
    </form>
    <div class="workshop-row">
      <label
        >${t.layer}
        <select class="layer-picker" @change=${(e: Event) => w.moveTo(id, (e.target as HTMLSelectElement).value)}>
          ${w.layers.map((layer) => html`<option value=${layer.id} ?selected=${layer.id === w.layerOf(id)}>${layer.label}</option>`)}
        </select>
      </label>
      <button type="button" class="start-link" @click=${() => w.startLink(id)}>${t.linkStart}</button>
      <button type="button" class="remove-element" @click=${() => w.remove(id)}>${t.remove}</button>
    </div>
    ${
      links.length
        ? html`<ul class="link-edits" aria-label=${t.linksOf(label)}>
            ${links.map(
              (r) =>
                html`<li class="link-edit" data-from=${r.from} data-to=${r.to}>
                  <span class="link-name">${linkName(r)}</span>
                  <button
                    type="button"
                    class="remove-link"
                    aria-label=${`${t.removeLink}: ${linkName(r)}`}
                    @click=${() => w.removeLink(explainsRef(r))}
                  >
                    ${t.removeLink}
                  </button>
                </li>`,
            )}
          </ul>`
        : nothing
    }
    <form
      class="workshop-row add-note"
      @submit=${(e: SubmitEvent) => {
        const form = e.currentTarget as HTMLFormElement;
        const about = (form.elements.namedItem('about') as HTMLSelectElement).value;
        const link = links[Number(about)];
        const target = about !== '' && link ? { relation: explainsRef(link) } : { element: id };
        if (w.addNote(target, formField(e, 'note'), today())) form.reset();
      }}
    >
      <label
        >${t.noteAbout}
        <select name="about">
          <option value="">${label}</option>
          ${links.map((r, i) => html`<option value=${i}>${linkName(r)}</option>`)}
        </select>
      </label>
      <label>${t.note} <input name="note" autocomplete="off" /></label>
      <button type="submit">${t.addNote}</button>
    </form>
    ${renderNotes(input, id, links, linkName)}
  </fieldset>`;
}

/** The element's dated notes, then its explanations', each with what it is about. */
function renderNotes(
  input: IcebergWorkshopPanelInput,
  id: string,
  links: readonly NormalizedRelation[],
  linkName: (r: NormalizedRelation) => string,
): TemplateResult | typeof nothing {
  const notes: { about?: string; note: NormalizedNote }[] = [
    ...input.workshop.notesOf(id).map((note) => ({ note })),
    ...links.flatMap((r) => r.notes.map((note) => ({ about: linkName(r), note }))),
  ];
  if (!notes.length) return nothing;
  return html`<ul class="notes" aria-label=${input.workshop.t.notes}>
    ${notes.map(
      ({ about, note }) =>
        html`<li>
          <time datetime=${note.date}>${note.date}</time> ${about ? html`<span class="note-about">${about}:</span>` : nothing} ${note.text}
        </li>`,
    )}
  </ul>`;
}
