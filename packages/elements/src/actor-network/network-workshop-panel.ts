import type { NormalizedItem, NormalizedRelation, UiLanguage } from '@floke/core';
import type { RelationRef } from '@floke/core/edit';
import { html, nothing, type TemplateResult } from 'lit';
import { renderRefusal, renderWorkshopToolbar } from '../base/workshop-toolbar.js';
import type { NetworkWorkshop } from './network-workshop.js';
import { MEMBERSHIP_ROLES, WORKSHOP_TIE_TYPES, type MembershipRole, type WorkshopTieType } from './network-workshop-strings.js';

/** What the network's workshop panel shows and does. */
export interface NetworkWorkshopPanelInput {
  readonly workshop: NetworkWorkshop;
  /** Inside an editable explorer: the explorer shows the toolbar and the refusal. */
  readonly shared: boolean;
  /** The selected actor or initiative, if any. */
  readonly selected?: string | undefined;
  readonly counts: { actors: number; ties: number; brokers: number };
  readonly levels: readonly NormalizedItem[];
  readonly sectors: readonly NormalizedItem[];
  readonly lang: UiLanguage;
  readonly exportSvg: () => void;
  readonly exportPng: () => void;
}

const today = () => new Date().toISOString().slice(0, 10);
const refOf = (r: NormalizedRelation): RelationRef => ({ from: r.from, to: r.to, type: r.type });

/** The submitted form's field `name`. */
function value(form: HTMLFormElement, name: string): string {
  return (form.elements.namedItem(name) as HTMLInputElement | HTMLSelectElement | null)?.value ?? '';
}

/** Runs `act` with the submitted form, and clears the form when it went through. */
const onSubmit =
  (act: (form: HTMLFormElement) => boolean | void, reset = true) =>
  (event: SubmitEvent) => {
    event.preventDefault();
    const form = event.currentTarget as HTMLFormElement;
    if (act(form) && reset) form.reset();
  };

/** Keys typed in the panel's fields stay there: `/` is a character in a name, not the view's search key. */
function keepFieldKeys(event: KeyboardEvent): void {
  const target = event.composedPath()[0];
  if (target instanceof HTMLInputElement || target instanceof HTMLSelectElement || target instanceof HTMLTextAreaElement)
    event.stopPropagation();
}

function options(items: readonly NormalizedItem[], chosen: string | undefined, none: string) {
  return html`<option value="" ?selected=${!chosen}>${none}</option>
    ${items.map((item) => html`<option value=${item.id} ?selected=${item.id === chosen}>${item.label}</option>`)}`;
}

/**
 * The network's workshop panel under the toolbar: the draft offer, counts, undo and redo, files and export; add an
 * actor (name, level, sector); a tie being drawn (its kind and the list of targets); for the selected node: rename,
 * level and sector, new tie, remove, membership in an initiative, its ties (each removable) and a dated note; and why
 * the last edit was refused.
 */
export function renderNetworkWorkshopPanel(input: NetworkWorkshopPanelInput): TemplateResult {
  const { workshop: w, lang } = input;
  const t = w.t;
  const n = w.view.uiStrings.network;
  const { actors, ties, brokers } = input.counts;
  return html`<section class="workshop" part="workshop" aria-label=${w.shared.panel} @keydown=${keepFieldKeys}>
    ${
      input.shared
        ? nothing
        : renderWorkshopToolbar({
            editor: w.editor,
            lang,
            counts: t.counts(actors, ties, brokers),
            exportSvg: input.exportSvg,
            exportPng: input.exportPng,
          })
    }
    <form class="workshop-row add-actor" @submit=${onSubmit((f) => w.addActor(value(f, 'label'), value(f, 'level'), value(f, 'sector')))}>
      <label>${t.newActor} <input name="label" autocomplete="off" /></label>
      <label
        >${t.level}
        <select name="level">
          ${options(input.levels, undefined, n.noLevel)}
        </select></label
      >
      <label
        >${t.sector}
        <select name="sector">
          ${options(input.sectors, undefined, n.otherSector)}
        </select></label
      >
      <button type="submit">${t.addActor}</button>
    </form>
    ${renderTieDraft(w)} ${input.selected && w.kindOf(input.selected) ? renderNodeEdits(input, input.selected) : nothing}
    ${input.shared ? nothing : renderRefusal(w.editor, lang)}
  </section>`;
}

/** A tie being drawn: its kind, the targets as a list of buttons (arrows, Tab, Enter), and cancel. */
function renderTieDraft(w: NetworkWorkshop): TemplateResult | typeof nothing {
  const from = w.tieFrom;
  if (from === undefined) return nothing;
  const t = w.t;
  return html`<div class="tie-draft" role="group" aria-label=${t.tiePick(w.label(from))}>
    <p class="workshop-row" role="status">${t.tiePick(w.label(from))}</p>
    <div class="workshop-row">
      <label
        >${t.tieType}
        <select class="tie-type" @change=${(e: Event) => (w.tieType = (e.target as HTMLSelectElement).value as WorkshopTieType)}>
          ${WORKSHOP_TIE_TYPES.map((type) => html`<option value=${type} ?selected=${w.tieType === type}>${w.typeWords(type)}</option>`)}
        </select>
      </label>
      <button type="button" class="cancel-tie" @click=${() => w.cancelTie()}>${w.shared.cancel}</button>
    </div>
    <ul class="tie-targets" aria-label=${t.tieTargets(w.label(from))} @keydown=${(e: KeyboardEvent) => w.targetsKeydown(e)}>
      ${w.targets(from).map(
        (target) =>
          html`<li>
            <button type="button" data-id=${target.id} @click=${() => w.finishTie(target.id)}>
              ${target.label}${target.kind === 'initiative' ? html` <span class="kind">(${w.view.uiStrings.network.initiativeKind})</span>` : nothing}
            </button>
          </li>`,
      )}
    </ul>
  </div>`;
}

function renderNodeEdits(input: NetworkWorkshopPanelInput, id: string): TemplateResult {
  const w = input.workshop;
  const t = w.t;
  const label = w.label(id);
  const element = w.view.model?.elements.find((e) => e.id === id);
  const isActor = element?.kind === 'actor';
  const ties = w.tiesOf(id);
  const initiatives = w.targets(id).filter((target) => target.kind === 'initiative');
  const n = w.view.uiStrings.network;
  return html`<fieldset class="node-edits">
    <legend>${label}</legend>
    <form class="workshop-row" @submit=${onSubmit((f) => w.rename(id, value(f, 'label')), false)}>
      <label>${w.shared.rename} <input name="label" class="rename" .value=${label} autocomplete="off" /></label>
      <button type="submit">${w.shared.rename}</button>
      <button type="button" class="start-tie" @click=${() => w.startTie(id)}>${t.tieStart}</button>
      <button type="button" class="remove-actor" @click=${() => w.remove(id)}>${t.removeActor}</button>
    </form>
    <form class="workshop-row place" @submit=${onSubmit((f) => w.place(id, value(f, 'level'), value(f, 'sector')), false)}>
      <label
        >${t.level}
        <select name="level">
          ${options(input.levels, element?.level, n.noLevel)}
        </select></label
      >
      ${
        isActor
          ? html`<label
              >${t.sector}
              <select name="sector">
                ${options(input.sectors, element?.sector, n.otherSector)}
              </select></label
            >`
          : nothing
      }
      <button type="submit">${t.changePlace}</button>
    </form>
    ${isActor ? renderMembership(w, id, initiatives) : nothing}
    ${
      ties.length
        ? html`<ul class="tie-edits" aria-label=${t.tiesOf(label)}>
            ${ties.map((r) => {
              const name = `${w.label(r.from)} ${w.typeWords(r.type)} ${w.label(r.to)}`;
              return html`<li class="tie-edit" data-from=${r.from} data-to=${r.to} data-type=${r.type}>
                <span class="tie-name">${name}</span>
                <button type="button" class="remove-tie" aria-label=${`${t.removeTie}: ${name}`} @click=${() => w.removeTie(refOf(r))}>
                  ${t.removeTie}
                </button>
              </li>`;
            })}
          </ul>`
        : nothing
    }
    <form
      class="workshop-row add-note"
      @submit=${onSubmit((f) => {
        const on = value(f, 'on');
        const tie = on === '' ? undefined : ties[Number(on)];
        return w.addNote(tie ? { relation: refOf(tie) } : { element: id }, value(f, 'note'), value(f, 'date') || today());
      })}
    >
      <label
        >${t.noteOn}
        <select name="on">
          <option value="">${label}</option>
          ${ties.map((r, i) => html`<option value=${i}>${w.label(r.from)} ${w.typeWords(r.type)} ${w.label(r.to)}</option>`)}
        </select>
      </label>
      <label>${t.noteDate} <input name="date" type="date" .value=${today()} /></label>
      <label>${w.shared.note} <input name="note" autocomplete="off" /></label>
      <button type="submit">${w.shared.addNote}</button>
    </form>
  </fieldset>`;
}

function renderMembership(w: NetworkWorkshop, id: string, initiatives: readonly { id: string; label: string }[]): TemplateResult {
  const t = w.t;
  if (!initiatives.length) return html`<p class="workshop-row">${t.noInitiatives}</p>`;
  return html`<form
    class="workshop-row membership"
    @submit=${onSubmit((f) => w.addMembership(id, value(f, 'initiative'), value(f, 'role') as MembershipRole), false)}
  >
    <label
      >${t.membership}
      <select name="initiative">
        ${initiatives.map((i) => html`<option value=${i.id}>${i.label}</option>`)}
      </select>
    </label>
    <label
      >${t.role}
      <select name="role">
        ${MEMBERSHIP_ROLES.map((role) => html`<option value=${role}>${w.typeWords(role)}</option>`)}
      </select>
    </label>
    <button type="submit">${t.addMembership}</button>
  </form>`;
}
