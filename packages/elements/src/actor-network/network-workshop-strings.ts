import type { UiLanguage } from '@floke/core';
import { plural } from '../base/string-helpers.js';

/** The relation types a workshop draws between two nodes of the network (a membership is `participates` or `leads`). */
export const WORKSHOP_TIE_TYPES = ['collaborates', 'funds', 'informs'] as const;
export type WorkshopTieType = (typeof WORKSHOP_TIE_TYPES)[number];
/** How an actor belongs to an initiative. */
export const MEMBERSHIP_ROLES = ['participates', 'leads'] as const;
export type MembershipRole = (typeof MEMBERSHIP_ROLES)[number];

/**
 * Texts of the actor network's workshop mode (`editable`) beyond the shared ones in `WORKSHOP_STRINGS` (undo, files,
 * drafts, notes): actors, ties and memberships, their announcements and the keys.
 */
export interface NetworkWorkshopStrings {
  counts: (actors: number, ties: number, brokers: number) => string;
  newActor: string;
  name: string;
  level: string;
  sector: string;
  addActor: string;
  /** N on the drawing: focus went to the new actor's name field. */
  addActorHere: string;
  added: (label: string) => string;
  placeChanged: (label: string) => string;
  changePlace: string;
  removeActor: string;
  removed: (label: string, ties: number) => string;
  tieStart: string;
  tiePick: (from: string) => string;
  tieTargets: (from: string) => string;
  tieType: string;
  tieAdded: (from: string, to: string, type: string) => string;
  tieCancelled: string;
  tiesOf: (label: string) => string;
  removeTie: string;
  tieRemoved: (from: string, to: string) => string;
  membership: string;
  role: string;
  addMembership: string;
  noInitiatives: string;
  noteOn: string;
  noteDate: string;
  keys: string;
}

export const NETWORK_WORKSHOP_STRINGS: Readonly<Record<UiLanguage, NetworkWorkshopStrings>> = {
  nb: {
    counts: (a, t, b) =>
      `${plural(a, 'aktør', 'aktører')} · ${plural(t, 'forbindelse', 'forbindelser')} · ${plural(b, 'brobygger', 'brobyggere')}`,
    newActor: 'Ny aktør',
    name: 'Navn',
    level: 'Nivå',
    sector: 'Sektor',
    addActor: 'Legg til aktør',
    addActorHere: 'Skriv navnet på den nye aktøren, velg nivå og sektor, og trykk Enter.',
    added: (l) => `La til aktøren «${l}».`,
    placeChanged: (l) => `Endret nivå og sektor for «${l}».`,
    changePlace: 'Endre nivå og sektor',
    removeActor: 'Fjern aktøren',
    removed: (l, n) => `Fjernet «${l}»${n ? ` og ${plural(n, 'forbindelse', 'forbindelser')}` : ''}.`,
    tieStart: 'Ny forbindelse',
    tiePick: (l) =>
      `Ny forbindelse fra «${l}»: klikk på målet i kartet, eller velg det i lista med piltastene eller Tab og trykk Enter. Esc avbryter.`,
    tieTargets: (l) => `Mulige mål for en forbindelse fra «${l}»`,
    tieType: 'Slags forbindelse',
    tieAdded: (a, b, type) => `La til forbindelsen «${a}» ${type} «${b}».`,
    tieCancelled: 'Forbindelsen ble ikke laget.',
    tiesOf: (l) => `Forbindelser til og fra «${l}»`,
    removeTie: 'Fjern forbindelsen',
    tieRemoved: (a, b) => `Fjernet forbindelsen mellom «${a}» og «${b}».`,
    membership: 'Med i satsing',
    role: 'Rolle',
    addMembership: 'Legg til medlemskap',
    noInitiatives: 'Dokumentet har ingen satsinger ennå.',
    noteOn: 'Notatet gjelder',
    noteDate: 'Dato',
    keys: 'Verksted: N legger til en aktør, K lager en forbindelse fra aktøren (piltaster eller Tab i lista over mål, Enter), F2 gir nytt navn, Delete fjerner, Ctrl+Z angrer, Ctrl+Shift+Z gjør om.',
  },
  nn: {
    counts: (a, t, b) =>
      `${plural(a, 'aktør', 'aktørar')} · ${plural(t, 'samband', 'samband')} · ${plural(b, 'brubyggjar', 'brubyggjarar')}`,
    newActor: 'Ny aktør',
    name: 'Namn',
    level: 'Nivå',
    sector: 'Sektor',
    addActor: 'Legg til aktør',
    addActorHere: 'Skriv namnet på den nye aktøren, vel nivå og sektor, og trykk Enter.',
    added: (l) => `La til aktøren «${l}».`,
    placeChanged: (l) => `Endra nivå og sektor for «${l}».`,
    changePlace: 'Endre nivå og sektor',
    removeActor: 'Fjern aktøren',
    removed: (l, n) => `Fjerna «${l}»${n ? ` og ${plural(n, 'samband', 'samband')}` : ''}.`,
    tieStart: 'Nytt samband',
    tiePick: (l) =>
      `Nytt samband frå «${l}»: klikk på målet i kartet, eller vel det i lista med piltastane eller Tab og trykk Enter. Esc avbryt.`,
    tieTargets: (l) => `Moglege mål for eit samband frå «${l}»`,
    tieType: 'Slag samband',
    tieAdded: (a, b, type) => `La til sambandet «${a}» ${type} «${b}».`,
    tieCancelled: 'Sambandet vart ikkje laga.',
    tiesOf: (l) => `Samband til og frå «${l}»`,
    removeTie: 'Fjern sambandet',
    tieRemoved: (a, b) => `Fjerna sambandet mellom «${a}» og «${b}».`,
    membership: 'Med i satsing',
    role: 'Rolle',
    addMembership: 'Legg til medlemskap',
    noInitiatives: 'Dokumentet har ingen satsingar enno.',
    noteOn: 'Notatet gjeld',
    noteDate: 'Dato',
    keys: 'Verkstad: N legg til ein aktør, K lagar eit samband frå aktøren (piltastar eller Tab i lista over mål, Enter), F2 gjev nytt namn, Delete fjernar, Ctrl+Z angrar, Ctrl+Shift+Z gjer om.',
  },
  en: {
    counts: (a, t, b) => `${plural(a, 'actor', 'actors')} · ${plural(t, 'tie', 'ties')} · ${plural(b, 'broker', 'brokers')}`,
    newActor: 'New actor',
    name: 'Name',
    level: 'Level',
    sector: 'Sector',
    addActor: 'Add actor',
    addActorHere: 'Type the new actor’s name, choose its level and sector, and press Enter.',
    added: (l) => `Added the actor “${l}”.`,
    placeChanged: (l) => `Changed the level and sector of “${l}”.`,
    changePlace: 'Change level and sector',
    removeActor: 'Remove the actor',
    removed: (l, n) => `Removed “${l}”${n ? ` and ${plural(n, 'tie', 'ties')}` : ''}.`,
    tieStart: 'New tie',
    tiePick: (l) =>
      `New tie from “${l}”: click the target in the map, or choose it in the list with the arrow keys or Tab and press Enter. Esc cancels.`,
    tieTargets: (l) => `Possible targets of a tie from “${l}”`,
    tieType: 'Kind of tie',
    tieAdded: (a, b, type) => `Added the tie “${a}” ${type} “${b}”.`,
    tieCancelled: 'The tie was not made.',
    tiesOf: (l) => `Ties to and from “${l}”`,
    removeTie: 'Remove the tie',
    tieRemoved: (a, b) => `Removed the tie between “${a}” and “${b}”.`,
    membership: 'Member of initiative',
    role: 'Role',
    addMembership: 'Add membership',
    noInitiatives: 'The document has no initiatives yet.',
    noteOn: 'The note is about',
    noteDate: 'Date',
    keys: 'Workshop: N adds an actor, K draws a tie from the actor (arrow keys or Tab in the list of targets, Enter), F2 renames, Delete removes, Ctrl+Z undoes, Ctrl+Shift+Z redoes.',
  },
};
