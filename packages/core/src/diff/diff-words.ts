import type { UiLanguage } from '../document/i18n/languages.js';
import type { ElementKind } from '../document/vocabulary.js';
import type { PlacementField } from './diff-types.js';

/** The sentences a diff summary is made of, in one language. */
export interface DiffWords {
  /** "3 nye satsinger", "1 nytt mål". */
  readonly added: (count: number, kind: ElementKind) => string;
  /** "2 aktører borte". */
  readonly removed: (count: number, kind: ElementKind) => string;
  /** "4 endret". */
  readonly changed: (count: number) => string;
  readonly since: (date: string) => string;
  readonly fromPrevious: string;
  readonly nothing: string;
  /** "sløyfen R3". */
  readonly loop: (code: string) => string;
  readonly appeared: (loop: string, members: string) => string;
  readonly broke: (loop: string, members: string, because: string) => string;
  /** A loop not found in the later version although nothing it needs is gone: the search stopped at its limit. */
  readonly notFound: (loop: string, members: string) => string;
  readonly factorRemoved: (factor: string) => string;
  readonly linkRemoved: (from: string, to: string) => string;
  readonly and: string;
  readonly polarity: (loop: string, before: 'R' | 'B', after: 'R' | 'B') => string;
  readonly evidence: (loop: string, stated: number, total: number, before: number) => string;
  readonly flip: (from: string, to: string, before: string, after: string) => string;
  readonly move: (element: string, field: PlacementField, before: string | undefined, after: string | undefined) => string;
  readonly ties: (gained: number, lost: number) => string;
  readonly crossing: (level: string, sector: string) => string;
  readonly brokersGained: (names: string) => string;
  readonly brokersLost: (names: string) => string;
  readonly values: (count: number, indicator: string, dates: string) => string;
  readonly incomplete: string;
}

const cap = (text: string) => text.charAt(0).toLocaleUpperCase() + text.slice(1);
/** A change in a count with its sign: +2, −1, ±0. */
const signed = (n: number) => (n > 0 ? `+${n}` : n < 0 ? `−${-n}` : '±0');

/** Singular, plural and whether the noun is neuter (Norwegian «nytt mål»). */
const NB_NOUNS: Record<ElementKind, readonly [string, string, boolean]> = {
  actor: ['aktør', 'aktører', false],
  initiative: ['satsing', 'satsinger', false],
  factor: ['faktor', 'faktorer', false],
  goal: ['mål', 'mål', true],
  insight: ['innsikt', 'innsikter', false],
};
const NN_NOUNS: Record<ElementKind, readonly [string, string, boolean]> = {
  actor: ['aktør', 'aktørar', false],
  initiative: ['satsing', 'satsingar', false],
  factor: ['faktor', 'faktorar', false],
  goal: ['mål', 'mål', true],
  insight: ['innsikt', 'innsikter', false],
};
const EN_NOUNS: Record<ElementKind, readonly [string, string]> = {
  actor: ['actor', 'actors'],
  initiative: ['initiative', 'initiatives'],
  factor: ['factor', 'factors'],
  goal: ['goal', 'goals'],
  insight: ['insight', 'insights'],
};

const nb: DiffWords = {
  added: (n, kind) => `${n} ${n === 1 ? (NB_NOUNS[kind][2] ? 'nytt' : 'ny') : 'nye'} ${NB_NOUNS[kind][n === 1 ? 0 : 1]}`,
  removed: (n, kind) => `${n} ${NB_NOUNS[kind][n === 1 ? 0 : 1]} borte`,
  changed: (n) => `${n} endret`,
  since: (date) => `Siden ${date}`,
  fromPrevious: 'Siden forrige versjon',
  nothing: 'ingen endringer',
  loop: (code) => `sløyfen ${code}`,
  appeared: (loop, members) => `${cap(loop)} er ny (${members}).`,
  broke: (loop, members, because) => `${cap(loop)} (${members}) er brutt fordi ${because}.`,
  notFound: (loop, members) => `${cap(loop)} (${members}) ble ikke funnet: søket stoppet ved grensen.`,
  factorRemoved: (factor) => `faktoren ${factor} er fjernet`,
  linkRemoved: (from, to) => `koblingen ${from} → ${to} er fjernet`,
  and: 'og',
  polarity: (loop, before, after) =>
    `${cap(loop)} har skiftet fra ${before === 'R' ? 'forsterkende' : 'balanserende'} til ${after === 'R' ? 'forsterkende' : 'balanserende'}.`,
  evidence: (loop, stated, total, before) => `${cap(loop)} hviler nå på ${stated} av ${total} koblinger med kilde (før ${before}).`,
  flip: (from, to, before, after) => `Koblingen ${from} → ${to} har snudd fra ${before} til ${after}.`,
  move: (element, field, before, after) =>
    `${element} er flyttet${before ? ` fra ${PLACE.nb[field]} ${before}` : ''}${after ? ` til ${PLACE.nb[field]} ${after}` : ` ut av ${PLACE.nb[field]}`}.`,
  ties: (gained, lost) => `Nettverket: ${gained} ${gained === 1 ? 'nytt bånd' : 'nye bånd'} mellom aktører, ${lost} borte.`,
  crossing: (level, sector) => `Bånd på tvers av nivåer ${level}, på tvers av sektorer ${sector}.`,
  brokersGained: (names) => `Nye brobyggere: ${names}.`,
  brokersLost: (names) => `Ikke lenger brobyggere: ${names}.`,
  values: (n, indicator, dates) => `${n} ${n === 1 ? 'ny verdi' : 'nye verdier'} for ${indicator} (${dates}).`,
  incomplete: 'Ikke alle endrede sløyfer ble sammenlignet: lenkene som er endret, inngår i flere sløyfer enn søket tar med.',
};

const nn: DiffWords = {
  added: (n, kind) => `${n} ${n === 1 ? (NN_NOUNS[kind][2] ? 'nytt' : 'ny') : 'nye'} ${NN_NOUNS[kind][n === 1 ? 0 : 1]}`,
  removed: (n, kind) => `${n} ${NN_NOUNS[kind][n === 1 ? 0 : 1]} borte`,
  changed: (n) => `${n} endra`,
  since: (date) => `Sidan ${date}`,
  fromPrevious: 'Sidan førre versjon',
  nothing: 'ingen endringar',
  loop: (code) => `sløyfa ${code}`,
  appeared: (loop, members) => `${cap(loop)} er ny (${members}).`,
  broke: (loop, members, because) => `${cap(loop)} (${members}) er broten fordi ${because}.`,
  notFound: (loop, members) => `${cap(loop)} (${members}) vart ikkje funnen: søket stoppa ved grensa.`,
  factorRemoved: (factor) => `faktoren ${factor} er fjerna`,
  linkRemoved: (from, to) => `koplinga ${from} → ${to} er fjerna`,
  and: 'og',
  polarity: (loop, before, after) =>
    `${cap(loop)} har skifta frå ${before === 'R' ? 'forsterkande' : 'balanserande'} til ${after === 'R' ? 'forsterkande' : 'balanserande'}.`,
  evidence: (loop, stated, total, before) => `${cap(loop)} kviler no på ${stated} av ${total} koplingar med kjelde (før ${before}).`,
  flip: (from, to, before, after) => `Koplinga ${from} → ${to} har snudd frå ${before} til ${after}.`,
  move: (element, field, before, after) =>
    `${element} er flytta${before ? ` frå ${PLACE.nn[field]} ${before}` : ''}${after ? ` til ${PLACE.nn[field]} ${after}` : ` ut av ${PLACE.nn[field]}`}.`,
  ties: (gained, lost) => `Nettverket: ${gained} ${gained === 1 ? 'nytt band' : 'nye band'} mellom aktørar, ${lost} borte.`,
  crossing: (level, sector) => `Band på tvers av nivå ${level}, på tvers av sektorar ${sector}.`,
  brokersGained: (names) => `Nye brubyggjarar: ${names}.`,
  brokersLost: (names) => `Ikkje lenger brubyggjarar: ${names}.`,
  values: (n, indicator, dates) => `${n} ${n === 1 ? 'ny verdi' : 'nye verdiar'} for ${indicator} (${dates}).`,
  incomplete: 'Ikkje alle endra sløyfer vart samanlikna: lenkjene som er endra, er med i fleire sløyfer enn søket tek med.',
};

const en: DiffWords = {
  added: (n, kind) => `${n} new ${EN_NOUNS[kind][n === 1 ? 0 : 1]}`,
  removed: (n, kind) => `${n} ${EN_NOUNS[kind][n === 1 ? 0 : 1]} gone`,
  changed: (n) => `${n} changed`,
  since: (date) => `Since ${date}`,
  fromPrevious: 'Since the previous version',
  nothing: 'no changes',
  loop: (code) => `loop ${code}`,
  appeared: (loop, members) => `${cap(loop)} is new (${members}).`,
  broke: (loop, members, because) => `${cap(loop)} (${members}) is broken because ${because}.`,
  notFound: (loop, members) => `${cap(loop)} (${members}) was not found: the search stopped at its limit.`,
  factorRemoved: (factor) => `the factor ${factor} was removed`,
  linkRemoved: (from, to) => `the link ${from} → ${to} was removed`,
  and: 'and',
  polarity: (loop, before, after) =>
    `${cap(loop)} turned from ${before === 'R' ? 'reinforcing' : 'balancing'} to ${after === 'R' ? 'reinforcing' : 'balancing'}.`,
  evidence: (loop, stated, total, before) => `${cap(loop)} now rests on ${stated} of ${total} links with a source (before: ${before}).`,
  flip: (from, to, before, after) => `The link ${from} → ${to} turned from ${before} to ${after}.`,
  move: (element, field, before, after) =>
    `${element} moved${before ? ` from ${PLACE.en[field]} ${before}` : ''}${after ? ` to ${PLACE.en[field]} ${after}` : ` out of its ${PLACE.en[field]}`}.`,
  ties: (gained, lost) => `Network: ${gained} new ${gained === 1 ? 'tie' : 'ties'} between actors, ${lost} gone.`,
  crossing: (level, sector) => `Ties across levels ${level}, across sectors ${sector}.`,
  brokersGained: (names) => `New brokers: ${names}.`,
  brokersLost: (names) => `No longer brokers: ${names}.`,
  values: (n, indicator, dates) => `${n} new ${n === 1 ? 'value' : 'values'} for ${indicator} (${dates}).`,
  incomplete: 'Not every changed loop was compared: the links that changed are part of more loops than the search takes in.',
};

const PLACE = {
  nb: { layer: 'laget', horizon: 'horisont', level: 'nivået', sector: 'sektoren' },
  nn: { layer: 'laget', horizon: 'horisont', level: 'nivået', sector: 'sektoren' },
  en: { layer: 'layer', horizon: 'horizon', level: 'level', sector: 'sector' },
} as const;

/** Diff sentences in every UI language, typed as a total record so a language cannot lack one. */
export const DIFF_WORDS: Readonly<Record<UiLanguage, DiffWords>> = { nb, nn, en };

export { signed };
