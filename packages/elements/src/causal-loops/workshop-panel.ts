import type { NormalizedRelation, UiLanguage } from '@floke/core';
import type { RelationRef } from '@floke/core/edit';
import { html, nothing, type TemplateResult } from 'lit';
import type { LoopWorkshop } from './loop-workshop.js';
import type { DocumentEditor } from '../controllers/document-editor.js';

/** What the workshop panel shows and does. */
export interface WorkshopPanelInput {
  readonly workshop: LoopWorkshop;
  readonly editor: DocumentEditor;
  readonly selected?: string;
  readonly counts: { factors: number; links: number; loops: number };
  readonly sources: readonly { id: string; title: string }[];
  readonly lang: UiLanguage;
  readonly exportSvg: () => void;
  readonly exportPng: () => void;
}

const today = () => new Date().toISOString().slice(0, 10);

/** Reads a named field of the form that was submitted, then clears it. */
function field(event: SubmitEvent, name: string): string {
  event.preventDefault();
  const input = (event.currentTarget as HTMLFormElement).elements.namedItem(name) as HTMLInputElement;
  return input.value;
}

const refOf = (r: NormalizedRelation): RelationRef => ({ from: r.from, to: r.to, type: 'causes' });

/**
 * The workshop's panel under the toolbar: counts, undo and redo, files and export; add a factor; for the selected
 * factor, rename, remove, draw a link, note, and each of its links (sign, delay, evidence, source, remove); the sign
 * of a link being drawn; and why the last edit was refused.
 */
export function renderWorkshopPanel(input: WorkshopPanelInput): TemplateResult {
  const { workshop: w, editor, selected } = input;
  const t = w.t;
  const { factors, links, loops } = input.counts;
  return html`<section class="workshop" part="workshop" aria-label=${t.panel}>
    ${
      editor.draft
        ? html`<p class="draft-offer" role="status">
            ${t.draftFound(new Date(editor.draft.savedAt).toLocaleString(input.lang))}
            <button type="button" class="restore-draft" @click=${() => editor.restoreDraft()}>${t.restoreDraft}</button>
            <button type="button" @click=${() => editor.discardDraft()}>${t.discardDraft}</button>
          </p>`
        : nothing
    }
    <div class="workshop-row">
      <span class="counts">${t.counts(factors, links, loops)}</span>
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
    </div>
    <form
      class="workshop-row add-factor"
      @submit=${(e: SubmitEvent) => {
        const form = e.currentTarget as HTMLFormElement;
        if (w.addFactor(field(e, 'label'))) form.reset();
      }}
    >
      <label>${t.newFactor} <input name="label" autocomplete="off" /></label>
      <button type="submit">${t.addFactor}</button>
    </form>
    ${renderLinkDraft(w)} ${selected && w.label(selected) !== selected ? renderFactorEdits(input, selected) : nothing}
    ${
      editor.problems.length
        ? html`<div class="refusal" role="alert">
            <p>${t.refused}</p>
            <ul>
              ${editor.problems.map((p) => html`<li><code>${p.pointer || '/'}</code> ${p.message[input.lang]}</li>`)}
            </ul>
          </div>`
        : nothing
    }
  </section>`;
}

function renderLinkDraft(w: LoopWorkshop): TemplateResult | typeof nothing {
  const t = w.t;
  if (w.linkFrom === undefined) return nothing;
  return html`<p class="workshop-row link-draft" role="status">
    ${w.linkTo === undefined ? t.linkPick(w.label(w.linkFrom)) : t.linkSign(w.label(w.linkFrom), w.label(w.linkTo))}
    ${
      w.linkTo !== undefined
        ? html`<button type="button" class="sign-plus" @click=${() => w.finishLink('+')}>${t.strengthens}</button>
            <button type="button" class="sign-minus" @click=${() => w.finishLink('-')}>${t.weakens}</button>`
        : nothing
    }
    <button type="button" @click=${() => w.cancelLink()}>${t.cancel}</button>
  </p>`;
}

function renderFactorEdits(input: WorkshopPanelInput, id: string): TemplateResult {
  const w = input.workshop;
  const t = w.t;
  const label = w.label(id);
  return html`<fieldset class="factor-edits">
    <legend>${label}</legend>
    <form class="workshop-row" @submit=${(e: SubmitEvent) => w.rename(id, field(e, 'label'))}>
      <label>${t.rename} <input name="label" class="rename" .value=${label} autocomplete="off" /></label>
      <button type="submit">${t.rename}</button>
      <button type="button" class="start-link" @click=${() => w.startLink(id)}>${t.linkStart}</button>
      <button type="button" class="remove-factor" @click=${() => w.remove(id)}>${t.remove}</button>
    </form>
    <form
      class="workshop-row"
      @submit=${(e: SubmitEvent) => {
        const form = e.currentTarget as HTMLFormElement;
        if (w.addNote(id, field(e, 'note'), today())) form.reset();
      }}
    >
      <label>${t.note} <input name="note" autocomplete="off" /></label>
      <button type="submit">${t.addNote}</button>
    </form>
    ${
      w.linksOf(id).length
        ? html`<ul class="link-edits" aria-label=${t.linksOf(label)}>
            ${w.linksOf(id).map((r) => renderLinkEdits(input, r))}
          </ul>`
        : nothing
    }
  </fieldset>`;
}

function renderLinkEdits(input: WorkshopPanelInput, r: NormalizedRelation): TemplateResult {
  const w = input.workshop;
  const t = w.t;
  const ref = refOf(r);
  const name = `${w.label(r.from)} → ${w.label(r.to)}`;
  const source = r.sources?.[0] ?? '';
  return html`<li class="link-edit" data-from=${r.from} data-to=${r.to}>
    <span class="link-name">${name} (${r.polarity === '-' ? '−' : '+'})</span>
    <button
      type="button"
      class="flip"
      aria-label=${`${t.flip}: ${name}`}
      @click=${() => w.changeLink(ref, { polarity: r.polarity === '-' ? '+' : '-' })}
    >
      ${t.flip}
    </button>
    <label
      ><input
        type="checkbox"
        class="delay"
        .checked=${r.delay}
        @change=${(e: Event) => w.changeLink(ref, { delay: (e.target as HTMLInputElement).checked || null })}
      />
      ${t.delay}</label
    >
    <label
      >${t.evidence}
      <select
        class="evidence"
        @change=${(e: Event) => {
          const value = (e.target as HTMLSelectElement).value;
          w.changeLink(ref, { evidence: value === 'stated' || value === 'inferred' ? value : null });
        }}
      >
        <option value="" ?selected=${!r.evidence}>${t.evidenceNone}</option>
        <option value="stated" ?selected=${r.evidence === 'stated'}>${t.stated}</option>
        <option value="inferred" ?selected=${r.evidence === 'inferred'}>${t.inferred}</option>
      </select>
    </label>
    <label
      >${t.source}
      <select
        class="source"
        @change=${(e: Event) => {
          const value = (e.target as HTMLSelectElement).value;
          w.changeLink(ref, { sources: value ? [value] : null });
        }}
      >
        <option value="" ?selected=${!source}>${t.sourceNone}</option>
        ${input.sources.map((s) => html`<option value=${s.id} ?selected=${source === s.id}>${s.title}</option>`)}
      </select>
    </label>
    <button type="button" class="remove-link" aria-label=${`${t.removeLink}: ${name}`} @click=${() => w.removeLink(ref)}>
      ${t.removeLink}
    </button>
  </li>`;
}
