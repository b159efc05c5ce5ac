import type { UiLanguage } from '@floke/core';
import { plural } from '../base/string-helpers.js';

/**
 * Texts of the iceberg's workshop mode (`editable`): adding to a layer, moving between layers, drawing `explains`
 * links, notes. The texts every workshop shares (undo, files, drafts) are in `base/workshop-strings.ts`.
 */
export interface IcebergWorkshopStrings {
  counts: (elements: number, links: number) => string;
  newElement: string;
  kind: string;
  /** The group of one add button per layer. */
  addTo: string;
  /** A layer's add button: its visible text is the layer's name after a plus. */
  addToLayer: (layer: string) => string;
  enterAddsTo: (layer: string) => string;
  typeName: (layer: string) => string;
  added: (label: string, layer: string) => string;
  rename: string;
  remove: string;
  removed: (label: string, links: number) => string;
  layer: string;
  moved: (label: string, layer: string) => string;
  noLayerAbove: (label: string) => string;
  noLayerBelow: (label: string) => string;
  linkStart: string;
  linkPick: (label: string) => string;
  linkTarget: (label: string) => string;
  linkSelf: string;
  linkAdded: (from: string, to: string) => string;
  linkCancelled: string;
  cancel: string;
  linksOf: (label: string) => string;
  /** "«A» forklarer «B»": a link's name in the panel. */
  linkName: (from: string, to: string) => string;
  removeLink: string;
  linkRemoved: (from: string, to: string) => string;
  note: string;
  noteAbout: string;
  addNote: string;
  noteAdded: (about: string) => string;
  notes: string;
  keys: string;
}

export const ICEBERG_WORKSHOP_STRINGS: Readonly<Record<UiLanguage, IcebergWorkshopStrings>> = {
  nb: {
    counts: (e, l) => `${plural(e, 'element', 'elementer')} · ${plural(l, 'forklaring', 'forklaringer')}`,
    newElement: 'Nytt element',
    kind: 'Type',
    addTo: 'Legg til i laget:',
    addToLayer: (l) => `+ ${l}`,
    enterAddsTo: (l) => `Enter legger det til i «${l}».`,
    typeName: (l) => `Skriv navnet på det nye elementet i «${l}», og trykk Enter.`,
    added: (e, l) => `La til «${e}» i «${l}».`,
    rename: 'Gi nytt navn',
    remove: 'Fjern elementet',
    removed: (e, n) => `Fjernet «${e}»${n ? ` og ${plural(n, 'forklaring', 'forklaringer')}` : ''}.`,
    layer: 'Lag',
    moved: (e, l) => `Flyttet «${e}» til «${l}».`,
    noLayerAbove: (e) => `«${e}» er allerede i det øverste laget.`,
    noLayerBelow: (e) => `«${e}» er allerede i det nederste laget.`,
    linkStart: 'Lag forklaring',
    linkPick: (e) => `Hva forklarer «${e}»? Gå til elementet med pilene og trykk Enter, eller klikk på det. Esc avbryter.`,
    linkTarget: (e) => `«${e}». Enter lager forklaringen.`,
    linkSelf: 'Et element kan ikke forklare seg selv. Velg et annet.',
    linkAdded: (a, b) => `«${a}» forklarer nå «${b}».`,
    linkCancelled: 'Forklaringen ble ikke laget.',
    cancel: 'Avbryt',
    linksOf: (e) => `Forklaringer til og fra «${e}»`,
    linkName: (a, b) => `«${a}» forklarer «${b}»`,
    removeLink: 'Fjern forklaringen',
    linkRemoved: (a, b) => `Fjernet forklaringen «${a}» → «${b}».`,
    note: 'Notat',
    noteAbout: 'Om',
    addNote: 'Legg til notat',
    noteAdded: (about) => `La til et notat om ${about}.`,
    notes: 'Notater',
    keys: 'Verksted: N legger til et element i laget, K lager en forklaring fra elementet (piler til det den forklarer, Enter), F2 gir nytt navn, Delete fjerner, Alt+opp og Alt+ned flytter til laget over eller under, Ctrl+Z angrer, Ctrl+Shift+Z gjør om.',
  },
  nn: {
    counts: (e, l) => `${plural(e, 'element', 'element')} · ${plural(l, 'forklaring', 'forklaringar')}`,
    newElement: 'Nytt element',
    kind: 'Type',
    addTo: 'Legg til i laget:',
    addToLayer: (l) => `+ ${l}`,
    enterAddsTo: (l) => `Enter legg det til i «${l}».`,
    typeName: (l) => `Skriv namnet på det nye elementet i «${l}», og trykk Enter.`,
    added: (e, l) => `La til «${e}» i «${l}».`,
    rename: 'Gje nytt namn',
    remove: 'Fjern elementet',
    removed: (e, n) => `Fjerna «${e}»${n ? ` og ${plural(n, 'forklaring', 'forklaringar')}` : ''}.`,
    layer: 'Lag',
    moved: (e, l) => `Flytta «${e}» til «${l}».`,
    noLayerAbove: (e) => `«${e}» er alt i det øvste laget.`,
    noLayerBelow: (e) => `«${e}» er alt i det nedste laget.`,
    linkStart: 'Lag forklaring',
    linkPick: (e) => `Kva forklarer «${e}»? Gå til elementet med pilene og trykk Enter, eller klikk på det. Esc avbryt.`,
    linkTarget: (e) => `«${e}». Enter lagar forklaringa.`,
    linkSelf: 'Eit element kan ikkje forklare seg sjølv. Vel eit anna.',
    linkAdded: (a, b) => `«${a}» forklarer no «${b}».`,
    linkCancelled: 'Forklaringa vart ikkje laga.',
    cancel: 'Avbryt',
    linksOf: (e) => `Forklaringar til og frå «${e}»`,
    linkName: (a, b) => `«${a}» forklarer «${b}»`,
    removeLink: 'Fjern forklaringa',
    linkRemoved: (a, b) => `Fjerna forklaringa «${a}» → «${b}».`,
    note: 'Notat',
    noteAbout: 'Om',
    addNote: 'Legg til notat',
    noteAdded: (about) => `La til eit notat om ${about}.`,
    notes: 'Notat',
    keys: 'Verkstad: N legg til eit element i laget, K lagar ei forklaring frå elementet (piler til det ho forklarer, Enter), F2 gjev nytt namn, Delete fjernar, Alt+opp og Alt+ned flyttar til laget over eller under, Ctrl+Z angrar, Ctrl+Shift+Z gjer om.',
  },
  en: {
    counts: (e, l) => `${plural(e, 'element', 'elements')} · ${plural(l, 'explanation', 'explanations')}`,
    newElement: 'New element',
    kind: 'Kind',
    addTo: 'Add to the layer:',
    addToLayer: (l) => `+ ${l}`,
    enterAddsTo: (l) => `Enter adds it to “${l}”.`,
    typeName: (l) => `Type the name of the new element in “${l}”, and press Enter.`,
    added: (e, l) => `Added “${e}” to “${l}”.`,
    rename: 'Rename',
    remove: 'Remove element',
    removed: (e, n) => `Removed “${e}”${n ? ` and ${plural(n, 'explanation', 'explanations')}` : ''}.`,
    layer: 'Layer',
    moved: (e, l) => `Moved “${e}” to “${l}”.`,
    noLayerAbove: (e) => `“${e}” is already in the top layer.`,
    noLayerBelow: (e) => `“${e}” is already in the deepest layer.`,
    linkStart: 'Draw explanation',
    linkPick: (e) => `What does “${e}” explain? Go to the element with the arrow keys and press Enter, or click it. Esc cancels.`,
    linkTarget: (e) => `“${e}”. Enter draws the explanation.`,
    linkSelf: 'An element cannot explain itself. Choose another.',
    linkAdded: (a, b) => `“${a}” now explains “${b}”.`,
    linkCancelled: 'No explanation was drawn.',
    cancel: 'Cancel',
    linksOf: (e) => `Explanations to and from “${e}”`,
    linkName: (a, b) => `“${a}” explains “${b}”`,
    removeLink: 'Remove explanation',
    linkRemoved: (a, b) => `Removed the explanation “${a}” → “${b}”.`,
    note: 'Note',
    noteAbout: 'About',
    addNote: 'Add note',
    noteAdded: (about) => `Added a note about ${about}.`,
    notes: 'Notes',
    keys: 'Workshop: N adds an element to the layer, K draws an explanation from the element (arrows to what it explains, Enter), F2 renames, Delete removes, Alt+Up and Alt+Down move it to the layer above or below, Ctrl+Z undoes, Ctrl+Shift+Z redoes.',
  },
};
