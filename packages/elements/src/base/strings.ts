import type { ElementKind, LoopEvidence, MicmacRole, OutcomeReason, RelationType, UiLanguage } from '@floke/core';
import { NETWORK_STRINGS_NB, type NetworkStrings } from './network-strings.js';
import { NETWORK_STRINGS_NN } from './network-strings-nn.js';
import { NETWORK_STRINGS_EN } from './network-strings-en.js';
import { UI_STRINGS_NB } from './strings-nb.js';
import { UI_STRINGS_NN } from './strings-nn.js';
import { UI_STRINGS_EN } from './strings-en.js';

export { midSentence } from './string-helpers.js';

/** Every text a Floke view shows that does not come from the document. Override any of them with `strings`. */
export interface UiStrings {
  loading: string;
  /** Label of the region listing a document's problems. */
  problemsHeading: (errors: number, warnings: number) => string;
  problemsIntro: string;
  /** Names the place of a problem in the document. */
  problemPlace: (pointer: string) => string;
  severity: Record<'error' | 'warning', string>;
  noDocument: string;
  elements: string;
  relations: string;
  sources: string;
  indicators: string;
  updated: string;
  kinds: Record<ElementKind, string>;
  relationTypes: Record<RelationType, string>;
  perView: string;
  icebergCount: (placed: number, layers: number) => string;
  horizonsCount: (h1: number, h2: number, h3: number) => string;
  networkCount: (actors: number, initiatives: number, ties: number) => string;
  loopsCount: (factors: number, links: number, named: number) => string;
  latestValue: string;
  target: string;
  /** Texts of the causal-loop diagram. */
  cld: CldStrings;
  /** Texts of the iceberg. */
  iceberg: IcebergStrings;
  /** Texts of the three horizons. */
  horizons: HorizonsStrings;
  /** Texts of the actor network. */
  network: NetworkStrings;
}

/** Texts of `<floke-horizons>`. */
export interface HorizonsStrings {
  diagramLabel: (elements: number, start: number, end: number) => string;
  roleDescription: string;
  keyboardHelp: string;
  names: Record<'H1' | 'H2' | 'H3', string>;
  towardH3: string;
  absorbedByH1: string;
  now: string;
  prevalence: string;
  filters: string;
  kindsFilter: string;
  horizonsFilter: string;
  outOfRange: (count: number, start: number, end: number) => string;
  before: string;
  after: string;
  undated: string;
  planned: string;
  details: string;
  /** A period in words; either end may be missing (an open end is ongoing, a missing start is undated). */
  period: (start: string | undefined, end?: string) => string;
  textAlternative: string;
  pointLabel: (kind: string, label: string, horizon: string, when: string, extra: string) => string;
  notes: string;
  /** The legend's name, its "planned" entry, and how to see a marker's name when it has no label at rest. */
  legend: string;
  legendPlanned: string;
  legendHover: string;
}

/** Texts of `<floke-iceberg>`. */
export interface IcebergStrings {
  diagramLabel: (layers: number, elements: number, links: number) => string;
  roleDescription: string;
  keyboardHelp: string;
  waterline: string;
  depth: string;
  shallow: string;
  deep: string;
  legend: string;
  /** The legend's line for the badge ("↕3") that counts a chip's explains links. */
  badgeLegend: string;
  explainsLegend: string;
  emptyLayer: string;
  chipLabel: (kind: string, label: string, layer: string, links: number) => string;
  explains: string;
  explainedBy: string;
  textAlternative: string;
  aboveWater: string;
  belowWater: string;
}

/** Texts of `<floke-causal-loops>`. */
export interface CldStrings {
  diagramLabel: (factors: number, links: number, loops: number) => string;
  roleDescription: string;
  keyboardHelp: string;
  laying: string;
  legend: string;
  legendPositive: string;
  legendNegative: string;
  legendDelay: string;
  legendReinforcing: string;
  legendBalancing: string;
  /** Legend entry of an inferred link (hollow double line and "?" badge). */
  legendInferred: string;
  loopsHeading: (count: number) => string;
  loopsThrough: (factor: string, count: number) => string;
  showAllLoops: string;
  noLoops: string;
  incomplete: (limit: number) => string;
  reinforcing: string;
  balancing: string;
  withDelay: string;
  /** "Mer frafall øker utenforskap, med forsinkelse". */
  linkSentence: (from: string, to: string, polarity: '+' | '-', delay: boolean) => string;
  /** "R2 Siloen låser seg: samarbeid → … → samarbeid (forsterkende)". */
  loopSentence: (title: string, path: string, polarity: 'R' | 'B', delay: boolean) => string;
  /** Appended to the sentence of an inferred link: " (antatt, ikke uttalt i en kilde)". */
  inferredLink: string;
  /** What a loop rests on: "hviler på 1 antatt lenke", "alle lenkene er belagt i kilder". */
  loopEvidence: (evidence: LoopEvidence) => string;
  /** Word before the evidence of a hypothesised loop in the panel ("Hypotese"). */
  hypothesised: string;
  /** Heading of the "where to act" section. */
  whereToAct: string;
  whereToActIntro: string;
  /**
   * Why a lever matters, from its loops: "Forankring driver 5 sløyfer gjennom tverrsektorielt samarbeid". `via` are
   * the labels of the loop factors it enters the loops through; `downstream` counts the factors it reaches.
   */
  leverSentence: (factor: string, inLoops: number, feeds: number, via: readonly string[], downstream: number) => string;
  /** Names of the MICMAC quadrants. */
  roles: Record<MicmacRole, string>;
  /** Indirect influence and dependence, formatted: "påvirkning 3,0 · avhengighet 1,0". */
  scores: (influence: string, dependence: string) => string;
  /** The summary that opens the rest of the levers. */
  moreLevers: (count: number) => string;
  outcomesHeading: string;
  outcomeReasons: Record<OutcomeReason, string>;
  /** When the MICMAC ranking had not settled at the highest power tried. */
  unsettled: (power: number) => string;
  noLevers: string;
  factorLabel: (label: string, out: number, into: number, loops: number) => string;
  textAlternative: string;
  factorsHeading: string;
  affects: string;
  affectedBy: string;
  loopsHeadingPlain: string;
  unresolved: (count: number) => string;
}

/**
 * The texts every view shares: all but the actor network's, which only the views that draw the network load
 * (`<floke-actor-network>` adds them), so the other views do not carry them.
 */
export type CommonUiStrings = Omit<UiStrings, 'network'>;

/** The built-in UI dictionary, one complete set of strings per UI language (one file each, the network's apart). */
export const UI_STRINGS: Readonly<Record<UiLanguage, UiStrings>> = {
  nb: { ...UI_STRINGS_NB, network: NETWORK_STRINGS_NB },
  nn: { ...UI_STRINGS_NN, network: NETWORK_STRINGS_NN },
  en: { ...UI_STRINGS_EN, network: NETWORK_STRINGS_EN },
};
