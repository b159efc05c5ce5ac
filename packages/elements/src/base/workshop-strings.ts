import type { UiLanguage } from '@floke/core';
import { plural } from './string-helpers.js';

/** Texts of workshop mode (`editable`): the edit panel, its announcements and its help. */
export interface WorkshopStrings {
  panel: string;
  undo: string;
  redo: string;
  undone: string;
  redone: string;
  nothingToUndo: string;
  nothingToRedo: string;
  refused: string;
  newFactor: string;
  addFactor: string;
  added: (label: string) => string;
  rename: string;
  renamed: (from: string, to: string) => string;
  remove: string;
  removed: (label: string, links: number) => string;
  /** The "new since the workshop began" badge, and its words for screen readers. */
  newBadge: string;
  isNew: string;
  counts: (factors: number, links: number, loops: number) => string;
  linkFrom: (label: string) => string;
  linkStart: string;
  linkPick: (label: string) => string;
  linkTarget: (label: string) => string;
  linkSign: (from: string, to: string) => string;
  linkAdded: (from: string, to: string, polarity: '+' | '-') => string;
  linkCancelled: string;
  cancel: string;
  strengthens: string;
  weakens: string;
  linksOf: (label: string) => string;
  flip: string;
  delay: string;
  evidence: string;
  evidenceNone: string;
  stated: string;
  inferred: string;
  source: string;
  sourceNone: string;
  linkChanged: (from: string, to: string) => string;
  linkRemoved: (from: string, to: string) => string;
  removeLink: string;
  note: string;
  addNote: string;
  noteAdded: (label: string) => string;
  moved: (label: string) => string;
  draftFound: (time: string) => string;
  restoreDraft: string;
  discardDraft: string;
  draftRestored: string;
  downloadJson: string;
  openJson: string;
  opened: (name: string) => string;
  exportSvg: string;
  exportPng: string;
  keys: string;
}

export const WORKSHOP_STRINGS: Readonly<Record<UiLanguage, WorkshopStrings>> = {
  nb: {
    panel: 'Verksted: endre kartet',
    undo: 'Angre',
    redo: 'Gjør om',
    undone: 'Angret siste endring.',
    redone: 'Gjorde om endringen.',
    nothingToUndo: 'Ingenting å angre.',
    nothingToRedo: 'Ingenting å gjøre om.',
    refused: 'Endringen ble ikke gjort:',
    newFactor: 'Ny faktor',
    addFactor: 'Legg til faktor',
    added: (l) => `La til faktoren «${l}».`,
    rename: 'Gi nytt navn',
    renamed: (a, b) => `«${a}» heter nå «${b}».`,
    remove: 'Fjern faktoren',
    removed: (l, n) => `Fjernet «${l}»${n ? ` og ${plural(n, 'lenke', 'lenker')}` : ''}.`,
    newBadge: 'NY',
    isNew: 'ny i verkstedet',
    counts: (f, l, s) => `${plural(f, 'faktor', 'faktorer')} · ${plural(l, 'lenke', 'lenker')} · ${plural(s, 'sløyfe', 'sløyfer')}`,
    linkFrom: (l) => `Lenke fra «${l}»`,
    linkStart: 'Lag lenke',
    linkPick: (l) => `Lenke fra «${l}»: gå til faktoren den påvirker med pilene eller søk, trykk Enter. Esc avbryter.`,
    linkTarget: (l) => `Til «${l}». Enter velger.`,
    linkSign: (a, b) => `Fra «${a}» til «${b}»: trykk + om den forsterker, − om den svekker.`,
    linkAdded: (a, b, p) => `La til lenken «${a}» ${p === '+' ? 'forsterker' : 'svekker'} «${b}».`,
    linkCancelled: 'Lenken ble ikke laget.',
    cancel: 'Avbryt',
    strengthens: '+ forsterker',
    weakens: '− svekker',
    linksOf: (l) => `Lenker til og fra «${l}»`,
    flip: 'Bytt fortegn',
    delay: 'Forsinkelse',
    evidence: 'Belegg',
    evidenceNone: 'ikke oppgitt',
    stated: 'står i kilden',
    inferred: 'antatt',
    source: 'Kilde',
    sourceNone: 'ingen',
    linkChanged: (a, b) => `Endret lenken fra «${a}» til «${b}».`,
    linkRemoved: (a, b) => `Fjernet lenken fra «${a}» til «${b}».`,
    removeLink: 'Fjern lenken',
    note: 'Notat',
    addNote: 'Legg til notat',
    noteAdded: (l) => `La til et notat på «${l}».`,
    moved: (l) => `Flyttet «${l}».`,
    draftFound: (t) => `Fant et utkast lagret ${t}.`,
    restoreDraft: 'Hent utkastet',
    discardDraft: 'Forkast',
    draftRestored: 'Hentet utkastet.',
    downloadJson: 'Last ned JSON',
    openJson: 'Åpne JSON-fil',
    opened: (n) => `Åpnet ${n}.`,
    exportSvg: 'Eksporter SVG',
    exportPng: 'Eksporter PNG',
    keys: 'Verksted: K lager en lenke fra faktoren (piler til målet, Enter, så + eller −), F2 gir nytt navn, Delete fjerner, Alt+piler flytter, Ctrl+Z angrer, Ctrl+Shift+Z gjør om.',
  },
  nn: {
    panel: 'Verkstad: endre kartet',
    undo: 'Angre',
    redo: 'Gjer om',
    undone: 'Angra siste endring.',
    redone: 'Gjorde om endringa.',
    nothingToUndo: 'Ingenting å angre.',
    nothingToRedo: 'Ingenting å gjere om.',
    refused: 'Endringa vart ikkje gjord:',
    newFactor: 'Ny faktor',
    addFactor: 'Legg til faktor',
    added: (l) => `La til faktoren «${l}».`,
    rename: 'Gje nytt namn',
    renamed: (a, b) => `«${a}» heiter no «${b}».`,
    remove: 'Fjern faktoren',
    removed: (l, n) => `Fjerna «${l}»${n ? ` og ${plural(n, 'lenkje', 'lenkjer')}` : ''}.`,
    newBadge: 'NY',
    isNew: 'ny i verkstaden',
    counts: (f, l, s) => `${plural(f, 'faktor', 'faktorar')} · ${plural(l, 'lenkje', 'lenkjer')} · ${plural(s, 'sløyfe', 'sløyfer')}`,
    linkFrom: (l) => `Lenkje frå «${l}»`,
    linkStart: 'Lag lenkje',
    linkPick: (l) => `Lenkje frå «${l}»: gå til faktoren ho påverkar med pilene eller søk, trykk Enter. Esc avbryt.`,
    linkTarget: (l) => `Til «${l}». Enter vel.`,
    linkSign: (a, b) => `Frå «${a}» til «${b}»: trykk + om ho forsterkar, − om ho svekkjer.`,
    linkAdded: (a, b, p) => `La til lenkja «${a}» ${p === '+' ? 'forsterkar' : 'svekkjer'} «${b}».`,
    linkCancelled: 'Lenkja vart ikkje laga.',
    cancel: 'Avbryt',
    strengthens: '+ forsterkar',
    weakens: '− svekkjer',
    linksOf: (l) => `Lenkjer til og frå «${l}»`,
    flip: 'Byt forteikn',
    delay: 'Forseinking',
    evidence: 'Belegg',
    evidenceNone: 'ikkje oppgitt',
    stated: 'står i kjelda',
    inferred: 'anteke',
    source: 'Kjelde',
    sourceNone: 'inga',
    linkChanged: (a, b) => `Endra lenkja frå «${a}» til «${b}».`,
    linkRemoved: (a, b) => `Fjerna lenkja frå «${a}» til «${b}».`,
    removeLink: 'Fjern lenkja',
    note: 'Notat',
    addNote: 'Legg til notat',
    noteAdded: (l) => `La til eit notat på «${l}».`,
    moved: (l) => `Flytta «${l}».`,
    draftFound: (t) => `Fann eit utkast lagra ${t}.`,
    restoreDraft: 'Hent utkastet',
    discardDraft: 'Forkast',
    draftRestored: 'Henta utkastet.',
    downloadJson: 'Last ned JSON',
    openJson: 'Opne JSON-fil',
    opened: (n) => `Opna ${n}.`,
    exportSvg: 'Eksporter SVG',
    exportPng: 'Eksporter PNG',
    keys: 'Verkstad: K lagar ei lenkje frå faktoren (piler til målet, Enter, så + eller −), F2 gjev nytt namn, Delete fjernar, Alt+piler flyttar, Ctrl+Z angrar, Ctrl+Shift+Z gjer om.',
  },
  en: {
    panel: 'Workshop: change the map',
    undo: 'Undo',
    redo: 'Redo',
    undone: 'Undid the last change.',
    redone: 'Redid the change.',
    nothingToUndo: 'Nothing to undo.',
    nothingToRedo: 'Nothing to redo.',
    refused: 'The change was not made:',
    newFactor: 'New factor',
    addFactor: 'Add factor',
    added: (l) => `Added the factor “${l}”.`,
    rename: 'Rename',
    renamed: (a, b) => `“${a}” is now called “${b}”.`,
    remove: 'Remove factor',
    removed: (l, n) => `Removed “${l}”${n ? ` and ${plural(n, 'link', 'links')}` : ''}.`,
    newBadge: 'NEW',
    isNew: 'new in the workshop',
    counts: (f, l, s) => `${plural(f, 'factor', 'factors')} · ${plural(l, 'link', 'links')} · ${plural(s, 'loop', 'loops')}`,
    linkFrom: (l) => `Link from “${l}”`,
    linkStart: 'Draw link',
    linkPick: (l) => `Link from “${l}”: go to the factor it affects with the arrow keys or search, press Enter. Esc cancels.`,
    linkTarget: (l) => `To “${l}”. Enter picks it.`,
    linkSign: (a, b) => `From “${a}” to “${b}”: press + if it strengthens, − if it weakens.`,
    linkAdded: (a, b, p) => `Added the link “${a}” ${p === '+' ? 'strengthens' : 'weakens'} “${b}”.`,
    linkCancelled: 'No link was made.',
    cancel: 'Cancel',
    strengthens: '+ strengthens',
    weakens: '− weakens',
    linksOf: (l) => `Links to and from “${l}”`,
    flip: 'Flip sign',
    delay: 'Delay',
    evidence: 'Evidence',
    evidenceNone: 'not given',
    stated: 'stated in the source',
    inferred: 'inferred',
    source: 'Source',
    sourceNone: 'none',
    linkChanged: (a, b) => `Changed the link from “${a}” to “${b}”.`,
    linkRemoved: (a, b) => `Removed the link from “${a}” to “${b}”.`,
    removeLink: 'Remove link',
    note: 'Note',
    addNote: 'Add note',
    noteAdded: (l) => `Added a note to “${l}”.`,
    moved: (l) => `Moved “${l}”.`,
    draftFound: (t) => `Found a draft saved ${t}.`,
    restoreDraft: 'Restore draft',
    discardDraft: 'Discard',
    draftRestored: 'Restored the draft.',
    downloadJson: 'Download JSON',
    openJson: 'Open JSON file',
    opened: (n) => `Opened ${n}.`,
    exportSvg: 'Export SVG',
    exportPng: 'Export PNG',
    keys: 'Workshop: K draws a link from the factor (arrows to the target, Enter, then + or −), F2 renames, Delete removes, Alt+arrows move, Ctrl+Z undoes, Ctrl+Shift+Z redoes.',
  },
};
