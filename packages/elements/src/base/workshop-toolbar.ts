import type { UiLanguage } from '@floke/core';
import { html, nothing, type TemplateResult } from 'lit';
import type { DocumentEditor } from '../controllers/document-editor.js';
import { WORKSHOP_STRINGS } from './workshop-strings.js';

/** What every view's workshop toolbar shows and does; the counts are the view's own words. */
export interface WorkshopToolbarInput {
  readonly editor: DocumentEditor;
  readonly counts: string;
  readonly lang: UiLanguage;
  readonly exportSvg: () => void;
  readonly exportPng: () => void;
}

/**
 * The parts of a workshop panel every editable view shares: the draft offered back after a reload, the row with the
 * live counts, undo and redo, JSON download and open, SVG and PNG export; and why the last edit was refused.
 */
export function renderWorkshopToolbar(input: WorkshopToolbarInput): TemplateResult {
  const { editor, lang } = input;
  const t = WORKSHOP_STRINGS[lang];
  return html`${
      editor.draft
        ? html`<p class="draft-offer" role="status">
            ${t.draftFound(new Date(editor.draft.savedAt).toLocaleString(lang))}
            <button type="button" class="restore-draft" @click=${() => editor.restoreDraft()}>${t.restoreDraft}</button>
            <button type="button" @click=${() => editor.discardDraft()}>${t.discardDraft}</button>
          </p>`
        : nothing
    }
    <div class="workshop-row">
      <span class="counts">${input.counts}</span>
      <button type="button" class="undo" ?disabled=${!editor.history.canUndo} @click=${() => editor.undo()}>${t.undo}</button>
      <button type="button" class="redo" ?disabled=${!editor.history.canRedo} @click=${() => editor.redo()}>${t.redo}</button>
      <button type="button" @click=${() => editor.download()}>${t.downloadJson}</button>
      <label class="open-file"
        >${t.openJson}
        <input
          type="file"
          accept="application/json,.json"
          @change=${(e: Event) => {
            const file = (e.target as HTMLInputElement).files?.[0];
            if (file) void editor.open(file);
          }}
        />
      </label>
      <button type="button" @click=${input.exportSvg}>${t.exportSvg}</button>
      <button type="button" @click=${input.exportPng}>${t.exportPng}</button>
    </div>`;
}

/** Why the last edit was refused, each problem with its JSON pointer; nothing after an edit that went through. */
export function renderRefusal(editor: DocumentEditor, lang: UiLanguage): TemplateResult | typeof nothing {
  if (!editor.problems.length) return nothing;
  return html`<div class="refusal" role="alert">
    <p>${WORKSHOP_STRINGS[lang].refused}</p>
    <ul>
      ${editor.problems.map((p) => html`<li><code>${p.pointer || '/'}</code> ${p.message[lang]}</li>`)}
    </ul>
  </div>`;
}

/** Reads a named field of the form that was submitted (the submit's default is prevented). */
export function formField(event: SubmitEvent, name: string): string {
  event.preventDefault();
  const input = (event.currentTarget as HTMLFormElement).elements.namedItem(name) as HTMLInputElement;
  return input.value;
}

/** Today as an ISO date (YYYY-MM-DD), the date a workshop note gets. */
export const today = (): string => new Date().toISOString().slice(0, 10);
