import type { UiLanguage } from '@floke/core';

/**
 * Texts of the horizons' workshop mode (`editable`) beyond those every workshop shares (`WORKSHOP_STRINGS`): the add
 * form, moves along time and between horizons, H2+ and H2−, and the keys. Dates and horizon names come in as words.
 */
export interface HorizonsWorkshopStrings {
  panel: string;
  /** "3 på H1 · 5 på H2 (1 H2+, 1 H2−) · 2 på H3". */
  counts: (h1: number, h2: number, h3: number, up: number, down: number) => string;
  newElement: string;
  name: string;
  kind: string;
  horizon: string;
  date: string;
  /** The date field's hint: the forms a date may take. */
  dateHint: string;
  add: string;
  setDate: string;
  added: (label: string, horizon: string, when: string) => string;
  /** N, or a click on a curve, opened the form. */
  formOpened: (horizon: string, when: string) => string;
  remove: string;
  removed: (label: string) => string;
  moved: (label: string, when: string) => string;
  horizonChanged: (label: string, horizon: string) => string;
  atEdge: (label: string, horizon: string) => string;
  shift: string;
  shiftNone: string;
  shiftUp: string;
  shiftDown: string;
  shiftChanged: (label: string, shift: string) => string;
  keys: string;
}

export const HORIZONS_WORKSHOP_STRINGS: Readonly<Record<UiLanguage, HorizonsWorkshopStrings>> = {
  nb: {
    panel: 'Verksted: endre horisontene',
    counts: (h1, h2, h3, up, down) =>
      `${h1} på H1 · ${h2} på H2${up + down ? ` (${[up ? `${up} H2+` : '', down ? `${down} H2−` : ''].filter(Boolean).join(', ')})` : ''} · ${h3} på H3`,
    newElement: 'Nytt element',
    name: 'Navn',
    kind: 'Type',
    horizon: 'Horisont',
    date: 'Dato',
    dateHint: 'ÅÅÅÅ, ÅÅÅÅ-MM eller ÅÅÅÅ-MM-DD',
    add: 'Legg til',
    setDate: 'Sett dato',
    added: (l, h, w) => `La til «${l}» på ${h}, ${w}.`,
    formOpened: (h, w) => `Nytt element på ${h}, ${w}: skriv navnet og trykk Enter.`,
    remove: 'Fjern elementet',
    removed: (l) => `Fjernet «${l}».`,
    moved: (l, w) => `«${l}» er nå datert ${w}.`,
    horizonChanged: (l, h) => `«${l}» er nå på ${h}.`,
    atEdge: (l, h) => `«${l}» er allerede på ${h}.`,
    shift: 'Skift på H2',
    shiftNone: 'ingen',
    shiftUp: 'H2+ på vei mot H3',
    shiftDown: 'H2− tas opp av H1',
    shiftChanged: (l, s) => `«${l}»: ${s}.`,
    keys: 'Verksted: N legger til et element ved det som har fokus, Alt+venstre/høyre flytter en måned, Alt+Shift+venstre/høyre et år, Alt+opp/ned bytter horisont, S veksler mellom H2+, H2− og ingen, F2 gir nytt navn, Delete fjerner, Ctrl+Z angrer, Ctrl+Shift+Z gjør om. Med mus: klikk på en kurve for å legge til der, dra et element langs tiden.',
  },
  nn: {
    panel: 'Verkstad: endre horisontane',
    counts: (h1, h2, h3, up, down) =>
      `${h1} på H1 · ${h2} på H2${up + down ? ` (${[up ? `${up} H2+` : '', down ? `${down} H2−` : ''].filter(Boolean).join(', ')})` : ''} · ${h3} på H3`,
    newElement: 'Nytt element',
    name: 'Namn',
    kind: 'Type',
    horizon: 'Horisont',
    date: 'Dato',
    dateHint: 'ÅÅÅÅ, ÅÅÅÅ-MM eller ÅÅÅÅ-MM-DD',
    add: 'Legg til',
    setDate: 'Set dato',
    added: (l, h, w) => `La til «${l}» på ${h}, ${w}.`,
    formOpened: (h, w) => `Nytt element på ${h}, ${w}: skriv namnet og trykk Enter.`,
    remove: 'Fjern elementet',
    removed: (l) => `Fjerna «${l}».`,
    moved: (l, w) => `«${l}» er no datert ${w}.`,
    horizonChanged: (l, h) => `«${l}» er no på ${h}.`,
    atEdge: (l, h) => `«${l}» er alt på ${h}.`,
    shift: 'Skift på H2',
    shiftNone: 'ingen',
    shiftUp: 'H2+ på veg mot H3',
    shiftDown: 'H2− blir teke opp av H1',
    shiftChanged: (l, s) => `«${l}»: ${s}.`,
    keys: 'Verkstad: N legg til eit element ved det som har fokus, Alt+venstre/høgre flyttar ein månad, Alt+Shift+venstre/høgre eit år, Alt+opp/ned byter horisont, S vekslar mellom H2+, H2− og ingen, F2 gjev nytt namn, Delete fjernar, Ctrl+Z angrar, Ctrl+Shift+Z gjer om. Med mus: klikk på ei kurve for å leggje til der, dra eit element langs tida.',
  },
  en: {
    panel: 'Workshop: change the horizons',
    counts: (h1, h2, h3, up, down) =>
      `${h1} on H1 · ${h2} on H2${up + down ? ` (${[up ? `${up} H2+` : '', down ? `${down} H2−` : ''].filter(Boolean).join(', ')})` : ''} · ${h3} on H3`,
    newElement: 'New element',
    name: 'Name',
    kind: 'Kind',
    horizon: 'Horizon',
    date: 'Date',
    dateHint: 'YYYY, YYYY-MM or YYYY-MM-DD',
    add: 'Add',
    setDate: 'Set date',
    added: (l, h, w) => `Added “${l}” on ${h}, ${w}.`,
    formOpened: (h, w) => `New element on ${h}, ${w}: type its name and press Enter.`,
    remove: 'Remove element',
    removed: (l) => `Removed “${l}”.`,
    moved: (l, w) => `“${l}” is now dated ${w}.`,
    horizonChanged: (l, h) => `“${l}” is now on ${h}.`,
    atEdge: (l, h) => `“${l}” is already on ${h}.`,
    shift: 'Shift on H2',
    shiftNone: 'none',
    shiftUp: 'H2+ moving toward H3',
    shiftDown: 'H2− absorbed by H1',
    shiftChanged: (l, s) => `“${l}”: ${s}.`,
    keys: 'Workshop: N adds an element next to the focused one, Alt+Left/Right moves a month, Alt+Shift+Left/Right a year, Alt+Up/Down changes horizon, S cycles H2+, H2− and none, F2 renames, Delete removes, Ctrl+Z undoes, Ctrl+Shift+Z redoes. With a pointer: click on a curve to add there, drag an element along time.',
  },
};
