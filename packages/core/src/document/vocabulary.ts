import type { UiLanguage } from './i18n/languages.js';

/** A built-in named item (layer, level, sector) with its label in every UI language. */
export interface BuiltInItem {
  readonly id: string;
  readonly label: Readonly<Record<UiLanguage, string>>;
  readonly description?: Readonly<Record<UiLanguage, string>>;
}

/** The classic systems iceberg (Cunningham & Jenal 2020; KS PRI): only events show above the water. */
export const ICEBERG_LAYERS: readonly BuiltInItem[] = [
  {
    id: 'events',
    label: { nb: 'Hendelser', nn: 'Hendingar', en: 'Events' },
    description: { nb: 'Det vi ser fra dag til dag', nn: 'Det vi ser frå dag til dag', en: 'What we see day to day' },
  },
  {
    id: 'patterns',
    label: { nb: 'Mønstre', nn: 'Mønster', en: 'Patterns' },
    description: {
      nb: 'Like hendelser under like forhold',
      nn: 'Like hendingar under like tilhøve',
      en: 'Similar events under similar conditions',
    },
  },
  {
    id: 'structures',
    label: { nb: 'Strukturer', nn: 'Strukturar', en: 'Structures' },
    description: {
      nb: 'Organisering, politikk, lover, normer og vaner',
      nn: 'Organisering, politikk, lover, normer og vanar',
      en: 'Organisations, policy, laws, norms and habits',
    },
  },
  {
    id: 'mental-models',
    label: { nb: 'Mentale modeller', nn: 'Mentale modellar', en: 'Mental models' },
    description: {
      nb: 'Holdninger, moral og verdier',
      nn: 'Haldningar, moral og verdiar',
      en: 'Attitudes, morals and values',
    },
  },
];

/** Kania, Kramer & Senge (2018), «The Water of Systems Change»: six conditions in three levels. */
export const SIX_CONDITIONS_LAYERS: readonly BuiltInItem[] = [
  { id: 'policies', label: { nb: 'Politikk og regelverk', nn: 'Politikk og regelverk', en: 'Policies' } },
  { id: 'practices', label: { nb: 'Praksis', nn: 'Praksis', en: 'Practices' } },
  { id: 'resource-flows', label: { nb: 'Ressursflyt', nn: 'Ressursflyt', en: 'Resource flows' } },
  { id: 'relationships', label: { nb: 'Relasjoner og forbindelser', nn: 'Relasjonar og samband', en: 'Relationships and connections' } },
  { id: 'power-dynamics', label: { nb: 'Maktforhold', nn: 'Maktforhold', en: 'Power dynamics' } },
  { id: 'mental-models', label: { nb: 'Mentale modeller', nn: 'Mentale modellar', en: 'Mental models' } },
];

/** The three levels the six conditions are grouped in, by the layer ids they hold. */
export const SIX_CONDITIONS_LEVELS: readonly (BuiltInItem & { readonly layers: readonly string[] })[] = [
  {
    id: 'structural',
    label: { nb: 'Strukturell (eksplisitt)', nn: 'Strukturell (eksplisitt)', en: 'Structural (explicit)' },
    layers: ['policies', 'practices', 'resource-flows'],
  },
  {
    id: 'relational',
    label: { nb: 'Relasjonell (delvis eksplisitt)', nn: 'Relasjonell (delvis eksplisitt)', en: 'Relational (semi-explicit)' },
    layers: ['relationships', 'power-dynamics'],
  },
  {
    id: 'transformative',
    label: { nb: 'Transformativ (implisitt)', nn: 'Transformativ (implisitt)', en: 'Transformative (implicit)' },
    layers: ['mental-models'],
  },
];

export const ICEBERG_PRESETS = { iceberg: ICEBERG_LAYERS, 'six-conditions': SIX_CONDITIONS_LAYERS } as const;
export type IcebergPreset = keyof typeof ICEBERG_PRESETS;

/** The layer each preset draws the waterline below. */
export const DEFAULT_WATERLINE: Readonly<Record<IcebergPreset, string>> = {
  iceberg: 'events',
  'six-conditions': 'resource-flows',
};

/** Levels of government (forvaltningsnivå), top to bottom. */
export const NETWORK_LEVELS: readonly BuiltInItem[] = [
  { id: 'national', label: { nb: 'Nasjonalt', nn: 'Nasjonalt', en: 'National' } },
  { id: 'regional', label: { nb: 'Regionalt', nn: 'Regionalt', en: 'Regional' } },
  { id: 'local', label: { nb: 'Lokalt', nn: 'Lokalt', en: 'Local' } },
];

/** Sectors of the inclusion field. */
export const NETWORK_SECTORS: readonly BuiltInItem[] = [
  { id: 'public', label: { nb: 'Offentlig', nn: 'Offentleg', en: 'Public' } },
  { id: 'voluntary', label: { nb: 'Frivillig og ideell', nn: 'Frivillig og ideell', en: 'Voluntary' } },
  { id: 'private', label: { nb: 'Privat', nn: 'Privat', en: 'Private' } },
  { id: 'research', label: { nb: 'Forskning', nn: 'Forsking', en: 'Research' } },
  { id: 'foundation', label: { nb: 'Stiftelse', nn: 'Stifting', en: 'Foundation' } },
  { id: 'social-partners', label: { nb: 'Partene i arbeidslivet', nn: 'Partane i arbeidslivet', en: 'Social partners' } },
];

export const ELEMENT_KINDS = ['actor', 'initiative', 'factor', 'goal', 'insight'] as const;
export type ElementKind = (typeof ELEMENT_KINDS)[number];

export const ELEMENT_KIND_LABELS: Readonly<Record<ElementKind, Readonly<Record<UiLanguage, string>>>> = {
  actor: { nb: 'Aktør', nn: 'Aktør', en: 'Actor' },
  initiative: { nb: 'Satsing', nn: 'Satsing', en: 'Initiative' },
  factor: { nb: 'Faktor', nn: 'Faktor', en: 'Factor' },
  goal: { nb: 'Mål', nn: 'Mål', en: 'Goal' },
  insight: { nb: 'Innsikt', nn: 'Innsikt', en: 'Insight' },
};

export const RELATION_TYPES = ['causes', 'collaborates', 'leads', 'participates', 'funds', 'informs', 'explains', 'addresses'] as const;
export type RelationType = (typeof RELATION_TYPES)[number];

/** The kinds an `addresses` relation (since 1.1) may go from, and the kinds it may point at. */
export const ADDRESSES_FROM_KINDS = ['initiative', 'actor'] as const satisfies readonly ElementKind[];
export const ADDRESSES_TO_KINDS = ['factor', 'goal'] as const satisfies readonly ElementKind[];

/** The intended effect of an `addresses` relation on the factor it works on (since 1.1). */
export const ADDRESS_DIRECTIONS = ['increase', 'decrease'] as const;
export type AddressDirection = (typeof ADDRESS_DIRECTIONS)[number];

export const HORIZONS = ['H1', 'H2', 'H3'] as const;
export type Horizon = (typeof HORIZONS)[number];

/** Default time axis of the three horizons: the mission runs 2025–2035. */
export const DEFAULT_HORIZON_RANGE = { start: '2015', end: '2035' } as const;
