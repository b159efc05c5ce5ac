import type { UiLanguage } from '@floke/core';
import { html, nothing, type TemplateResult } from 'lit';
import type { DocumentEditor } from '../controllers/document-editor.js';
import { WORKSHOP_STRINGS } from './workshop-strings.js';

/** What the workshop toolbar shows and does: shared by an editable view and by `<floke-explorer editable>`. */
export interface WorkshopToolbarInput {
  readonly editor: DocumentEditor;
  readonly lang: UiLanguage;
  /** The live counts, in words ("3 faktorer · 2 lenker · 1 sløyfe"). */
  readonly counts: string;
  /** Export the drawing shown; absent when nothing shown can be exported (the buttons are then disabled). */
  readonly exportSvg?: (() => void) | undefined;
  readonly exportPng?: (() => void) | undefined;
}

/**
 * The workshop's toolbar: a saved draft offered back, then one row with the live counts, undo and redo, download and
 * open JSON, and export SVG and PNG. One editor, one toolbar: a view inside an editable explorer leaves it to the
 * explorer.
 */
export function renderWorkshopToolbar(input: WorkshopToolbarInput): TemplateResult {
  const { editor } = input;
  const t = WORKSHOP_STRINGS[input.lang];
  return html`${
      editor.draft
        ? html`<p class="draft-offer" role="status">
            ${t.draftFound(new Date(editor.draft.savedAt).toLocaleString(input.lang))}
            <button type="button" class="restore-draft" @click=${() => editor.restoreDraft()}>${t.restoreDraft}</button>
            <button type="button" @click=${() => editor.discardDraft()}>${t.discardDraft}</button>
          </p>`
        : nothing
    }
    <div class="workshop-row">
      <span class="counts">${input.counts}</span>
      <button type="button" class="undo" ?disabled=${!editor.history.canUndo} @click=${() => editor.undo()}>${t.undo}</button>
      <button type="button" class="redo" ?disabled=${!editor.history.canRedo} @click=${() => editor.redo()}>${t.redo}</button>
      <button type="button" class="download-json" @click=${() => editor.download()}>${t.downloadJson}</button>
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
      <button type="button" class="export-svg" ?disabled=${!input.exportSvg} @click=${() => input.exportSvg?.()}>${t.exportSvg}</button>
      <button type="button" class="export-png" ?disabled=${!input.exportPng} @click=${() => input.exportPng?.()}>${t.exportPng}</button>
    </div>`;
}

/** Why the last edit was refused, with the JSON pointer of each problem; nothing after a change that went through. */
export function renderRefusal(editor: DocumentEditor, lang: UiLanguage): TemplateResult | typeof nothing {
  if (!editor.problems.length) return nothing;
  return html`<div class="refusal" role="alert">
    <p>${WORKSHOP_STRINGS[lang].refused}</p>
    <ul>
      ${editor.problems.map((p) => html`<li><code>${p.pointer || '/'}</code> ${p.message[lang]}</li>`)}
    </ul>
  </div>`;
}
