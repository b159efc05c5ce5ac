import type { NormalizedDocument, NormalizedRelation, UiLanguage } from '@floke/core';
import type { RelationRef } from '@floke/core/edit';
import type { ReactiveControllerHost } from 'lit';
import { idFor } from '../base/new-id.js';
import type { UiStrings } from '../base/strings.js';
import { WORKSHOP_STRINGS, type WorkshopStrings } from '../base/workshop-strings.js';
import type { DocumentEditor } from '../controllers/document-editor.js';
import {
  NETWORK_WORKSHOP_STRINGS,
  type MembershipRole,
  type NetworkWorkshopStrings,
  type WorkshopTieType,
} from './network-workshop-strings.js';

/** Relation types the network draws: ties between nodes and memberships in initiatives. */
const NETWORK_TYPES: ReadonlySet<string> = new Set(['collaborates', 'funds', 'informs', 'leads', 'participates']);

/** The actor network, as its workshop sees it. */
export interface NetworkWorkshopHost extends ReactiveControllerHost {
  readonly model?: NormalizedDocument;
  readonly uiLanguage: UiLanguage;
  readonly uiStrings: UiStrings;
  readonly renderRoot: HTMLElement | DocumentFragment;
}

/** What the view lends its workshop beyond its public face. */
export interface NetworkWorkshopHooks {
  announce(text: string): void;
  select(id: string | null): void;
  /** Focus back to the drawing's tab stop. */
  focusDrawing(): void;
}

/** A node a tie can go to: an actor or an initiative, by id. */
export interface TieTarget {
  readonly id: string;
  readonly label: string;
  readonly kind: 'actor' | 'initiative';
}

/**
 * Workshop mode of `<floke-actor-network>`: adds actors (N goes to the form), renames (F2), moves between levels and
 * sectors, removes (Delete), draws ties (K or "Ny forbindelse", then a click on the target or a choice in the list of
 * targets) and memberships in initiatives, removes ties, and adds dated notes. It turns each gesture into an `Edit`
 * for the view's `DocumentEditor`; the layout, brokers and tables follow the new document.
 */
export class NetworkWorkshop {
  /** The node a tie is being drawn from. */
  tieFrom?: string;
  /** The kind of tie drawn between two actors (a tie to an initiative is a membership). */
  tieType: WorkshopTieType = 'collaborates';

  constructor(
    readonly view: NetworkWorkshopHost,
    private readonly editorOf: () => DocumentEditor,
    private readonly hooks: NetworkWorkshopHooks,
  ) {}

  /** The editor edits go to: the view's own, or an enclosing explorer's. Read late, as it can change. */
  get editor(): DocumentEditor {
    return this.editorOf();
  }

  get t(): NetworkWorkshopStrings {
    return NETWORK_WORKSHOP_STRINGS[this.view.uiLanguage];
  }

  get shared(): WorkshopStrings {
    return WORKSHOP_STRINGS[this.view.uiLanguage];
  }

  label(id: string): string {
    return this.view.model?.elements.find((e) => e.id === id)?.label ?? id;
  }

  kindOf(id: string): string | undefined {
    return this.view.model?.elements.find((e) => e.id === id)?.kind;
  }

  /** Every actor and initiative but `except`, in the document's order: what a tie can go to. */
  targets(except?: string): TieTarget[] {
    return (this.view.model?.elements ?? []).flatMap((e) =>
      e.id !== except && (e.kind === 'actor' || e.kind === 'initiative') ? [{ id: e.id, label: e.label, kind: e.kind }] : [],
    );
  }

  /** The network's relations that start or end at `id` (ties and memberships), as the document has them. */
  tiesOf(id: string): readonly NormalizedRelation[] {
    return (this.view.model?.relations ?? []).filter((r) => NETWORK_TYPES.has(r.type) && (r.from === id || r.to === id));
  }

  /** The type's words in a sentence ("samarbeider med"). */
  typeWords(type: string): string {
    return this.view.uiStrings.relationTypes[type as 'collaborates'] ?? type;
  }

  addActor(label: string, level: string, sector: string): boolean {
    const text = label.trim();
    if (!text) return false;
    const id = idFor(text, new Set(this.view.model?.elements.map((e) => e.id)), 'aktor');
    const element = { id, kind: 'actor' as const, label: text, ...(level ? { level } : {}), ...(sector ? { sector } : {}) };
    const done = this.editor.apply({ type: 'add-element', element }, this.t.added(text));
    if (done) this.hooks.select(id);
    return done;
  }

  rename(id: string, label: string): boolean {
    const text = label.trim();
    if (!text) return false;
    return this.editor.apply({ type: 'update-element', id, changes: { label: text } }, this.shared.renamed(this.label(id), text));
  }

  /** Moves an actor to another level and sector (empty: none). */
  place(id: string, level: string, sector: string): boolean {
    return this.editor.apply(
      { type: 'update-element', id, changes: { level: level || null, sector: sector || null } },
      this.t.placeChanged(this.label(id)),
    );
  }

  remove(id: string): void {
    const ties = this.tiesOf(id).length;
    if (this.editor.apply({ type: 'remove-element', id }, this.t.removed(this.label(id), ties))) this.hooks.select(null);
  }

  startTie(from: string): void {
    this.tieFrom = from;
    this.hooks.announce(this.t.tiePick(this.label(from)));
    this.view.requestUpdate();
    // The list of targets is the keyboard's way to choose: focus goes to its first entry.
    void this.view.updateComplete.then(() => this.view.renderRoot.querySelector<HTMLButtonElement>('.tie-targets button')?.focus());
  }

  cancelTie(): void {
    if (this.tieFrom === undefined) return;
    this.tieFrom = undefined;
    this.hooks.announce(this.t.tieCancelled);
    this.view.requestUpdate();
    this.hooks.focusDrawing();
  }

  /**
   * Draws the tie from `tieFrom` to `to`: between an actor and an initiative it is the actor's membership
   * (`participates`, from the actor); otherwise a tie of `tieType`.
   */
  finishTie(to: string): boolean {
    const from = this.tieFrom;
    if (from === undefined) return false;
    this.tieFrom = undefined;
    const [a, b] = [this.kindOf(from), this.kindOf(to)];
    if (a !== b && (a === 'initiative' || b === 'initiative')) {
      const [actor, initiative] = a === 'initiative' ? [to, from] : [from, to];
      return this.addMembership(actor, initiative, 'participates');
    }
    const relation = { from, to, type: this.tieType };
    const done = this.editor.apply(
      { type: 'add-relation', relation },
      this.t.tieAdded(this.label(from), this.label(to), this.typeWords(this.tieType)),
    );
    if (!done) this.view.requestUpdate();
    return done;
  }

  addMembership(actor: string, initiative: string, role: MembershipRole): boolean {
    if (!initiative) return false;
    const said = this.t.tieAdded(this.label(actor), this.label(initiative), this.typeWords(role));
    const done = this.editor.apply({ type: 'add-relation', relation: { from: actor, to: initiative, type: role } }, said);
    if (!done) this.view.requestUpdate();
    return done;
  }

  removeTie(ref: RelationRef): void {
    this.editor.apply({ type: 'remove-relation', relation: ref }, this.t.tieRemoved(this.label(ref.from), this.label(ref.to)));
  }

  /** A dated note on an element, or on one of its ties. */
  addNote(target: { element: string } | { relation: RelationRef }, text: string, date: string): boolean {
    if (!text.trim()) return false;
    const name =
      'element' in target ? this.label(target.element) : `${this.label(target.relation.from)} – ${this.label(target.relation.to)}`;
    return this.editor.apply({ type: 'add-note', target, note: { date, text: text.trim() } }, this.shared.noteAdded(name));
  }

  /** A click on a node while a tie waits for its target draws the tie; true when it did (so it does not select). */
  click(id: string): boolean {
    if (this.tieFrom === undefined) return false;
    if (id !== this.tieFrom) this.finishTie(id);
    return true;
  }

  /** Workshop keys on the focused node; true when the key was the workshop's. */
  keydown(event: KeyboardEvent, id: string): boolean {
    const key = event.key;
    if (event.ctrlKey || event.metaKey || event.altKey) return false;
    if (this.tieFrom !== undefined && key === 'Escape') this.cancelTie();
    else if (this.tieFrom !== undefined && key === 'Enter' && id !== this.tieFrom) this.finishTie(id);
    else if (key === 'n' || key === 'N') this.#focusField('.add-actor input[name="label"]', this.t.addActorHere);
    else if (key === 'k' || key === 'K') this.startTie(id);
    else if (key === 'Delete' || key === 'Backspace') this.remove(id);
    else if (key === 'F2') {
      this.hooks.select(id);
      this.#focusField('input.rename');
    } else return false;
    event.preventDefault();
    return true;
  }

  /** Arrow keys walk the list of targets (Tab does too); Esc cancels the tie. Enter on a button is its click. */
  targetsKeydown(event: KeyboardEvent): void {
    const buttons = [...(event.currentTarget as HTMLElement).querySelectorAll<HTMLButtonElement>('button')];
    const at = buttons.indexOf(event.target as HTMLButtonElement);
    const step =
      event.key === 'ArrowDown' || event.key === 'ArrowRight' ? 1 : event.key === 'ArrowUp' || event.key === 'ArrowLeft' ? -1 : 0;
    if (event.key === 'Escape') this.cancelTie();
    else if (step && buttons.length) buttons[(at + step + buttons.length) % buttons.length]!.focus();
    else if (event.key === 'Home' || event.key === 'End') buttons[event.key === 'Home' ? 0 : buttons.length - 1]?.focus();
    else return;
    event.preventDefault();
  }

  #focusField(selector: string, say?: string): void {
    if (say) this.hooks.announce(say);
    void this.view.updateComplete.then(() => this.view.renderRoot.querySelector<HTMLInputElement>(selector)?.focus());
  }
}
