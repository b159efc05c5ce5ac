import type { UiLanguage } from '@floke/core';
import { html, nothing, type TemplateResult } from 'lit';
import type { DocumentEditor } from '../controllers/document-editor.js';
import { WORKSHOP_STRINGS } from './workshop-strings.js';

/** What every view's workshop panel shows first and last: the draft offer, the toolbar row, the refusal. */
export interface WorkshopToolbarInput {
  readonly editor: DocumentEditor;
  readonly lang: UiLanguage;
  /** The live counts, in words ("5 aktører · 4 forbindelser · 1 brobygger"). */
  readonly counts: string;
  readonly exportSvg: () => void;
  readonly exportPng: () => void;
}

/** A saved draft that differs from the document, offered back with "restore" and "discard". */
export function renderDraftOffer({ editor, lang }: Pick<WorkshopToolbarInput, 'editor' | 'lang'>): TemplateResult | typeof nothing {
  const t = WORKSHOP_STRINGS[lang];
  if (!editor.draft) return nothing;
  return html`<p class="draft-offer" role="status">
    ${t.draftFound(new Date(editor.draft.savedAt).toLocaleString(lang))}
    <button type="button" class="restore-draft" @click=${() => editor.restoreDraft()}>${t.restoreDraft}</button>
    <button type="button" @click=${() => editor.discardDraft()}>${t.discardDraft}</button>
  </p>`;
}

/** Counts, undo and redo, download and open JSON, export SVG and PNG: one row, the same words in every view. */
export function renderWorkshopToolbar(input: WorkshopToolbarInput): TemplateResult {
  const { editor } = input;
  const t = WORKSHOP_STRINGS[input.lang];
  return html`<div class="workshop-row">
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
    <button type="button" class="export-svg" @click=${input.exportSvg}>${t.exportSvg}</button>
    <button type="button" class="export-png" @click=${input.exportPng}>${t.exportPng}</button>
  </div>`;
}

/** Why the last edit was refused: each problem with its JSON pointer and message. */
export function renderRefusal({ editor, lang }: Pick<WorkshopToolbarInput, 'editor' | 'lang'>): TemplateResult | typeof nothing {
  if (!editor.problems.length) return nothing;
  return html`<div class="refusal" role="alert">
    <p>${WORKSHOP_STRINGS[lang].refused}</p>
    <ul>
      ${editor.problems.map((p) => html`<li><code>${p.pointer || '/'}</code> ${p.message[lang]}</li>`)}
    </ul>
  </div>`;
}
