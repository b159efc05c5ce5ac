/**
 * Floke's own colours, used when the page has no Designsystemet tokens. Every view reads them through
 * `--floke-*` custom properties that default to the matching `--ds-*` token, then to these values.
 * The contrast of every pair a view draws is asserted in tests/core/contrast.test.ts.
 */
export const PALETTE_ROLES = [
  'background',
  'surface',
  'text',
  'textSubtle',
  'border',
  'accent',
  'accentText',
  'dangerText',
  'dangerSurface',
  'warningText',
  'warningSurface',
  'focus',
  'water',
  // The semantic roles: what a mark means, told by shape or pattern too (never by colour alone).
  'selection',
  'positive',
  'negative',
  'reinforcing',
  'balancing',
  'h1',
  'h2',
  'h3',
] as const;
export type PaletteRole = (typeof PALETTE_ROLES)[number];
export type Palette = Readonly<Record<PaletteRole, string>>;

export const COLOR_SCHEMES = ['light', 'dark'] as const;
export type ColorScheme = (typeof COLOR_SCHEMES)[number];

export const PALETTES: Readonly<Record<ColorScheme, Palette>> = {
  light: {
    background: '#ffffff',
    surface: '#f3f5f8',
    text: '#1e2b3c',
    textSubtle: '#4d5b6e',
    border: '#7a8799',
    accent: '#0062ba',
    accentText: '#00509e',
    dangerText: '#b01b2e',
    dangerSurface: '#fdeeee',
    warningText: '#7a4a00',
    warningSurface: '#fff5e0',
    focus: '#1e2b3c',
    water: '#e3eef9',
    selection: '#0062ba',
    positive: '#2c6b3a',
    negative: '#a3261c',
    reinforcing: '#9a4400',
    balancing: '#1f5f9e',
    h1: '#6b5646',
    h2: '#7a3e9d',
    h3: '#2c6b3a',
  },
  dark: {
    background: '#0f1722',
    surface: '#1b2533',
    text: '#e8edf3',
    textSubtle: '#b3bfcd',
    border: '#7e8ca0',
    accent: '#5aa7f0',
    accentText: '#8cc4f7',
    dangerText: '#ff9aa2',
    dangerSurface: '#3a1c21',
    warningText: '#f3c36b',
    warningSurface: '#33280f',
    focus: '#e8edf3',
    water: '#14283d',
    selection: '#5aa7f0',
    positive: '#7fd18f',
    negative: '#ff9a8f',
    reinforcing: '#f5a25d',
    balancing: '#8cc4f7',
    h1: '#cdb9a5',
    h2: '#d1a6f0',
    h3: '#7fd18f',
  },
};

/** The Designsystemet token each role defaults to before Floke's own fallback. */
export const DESIGNSYSTEMET_TOKENS: Readonly<Record<PaletteRole, string>> = {
  background: '--ds-color-neutral-background-default',
  surface: '--ds-color-neutral-surface-tinted',
  text: '--ds-color-neutral-text-default',
  textSubtle: '--ds-color-neutral-text-subtle',
  border: '--ds-color-neutral-border-default',
  accent: '--ds-color-accent-base-default',
  accentText: '--ds-color-accent-text-subtle',
  dangerText: '--ds-color-danger-text-subtle',
  dangerSurface: '--ds-color-danger-surface-tinted',
  warningText: '--ds-color-warning-text-subtle',
  warningSurface: '--ds-color-warning-surface-tinted',
  focus: '--ds-color-focus-outer',
  water: '--ds-color-info-surface-tinted',
  selection: '--ds-color-accent-base-default',
  positive: '--ds-color-success-text-subtle',
  negative: '--ds-color-danger-text-subtle',
  reinforcing: '--ds-color-warning-text-subtle',
  balancing: '--ds-color-info-text-subtle',
  h1: '--ds-color-neutral-text-subtle',
  h2: '--ds-color-brand2-text-subtle',
  h3: '--ds-color-success-text-subtle',
};

/** The pairs views draw (foreground role, background role, minimum ratio). */
export const CONTRAST_REQUIREMENTS: readonly (readonly [PaletteRole, PaletteRole, number])[] = [
  ['text', 'background', 4.5],
  ['text', 'surface', 4.5],
  ['textSubtle', 'background', 4.5],
  ['textSubtle', 'surface', 4.5],
  ['accentText', 'background', 4.5],
  ['accentText', 'surface', 4.5],
  ['dangerText', 'dangerSurface', 4.5],
  ['dangerText', 'background', 4.5],
  ['warningText', 'warningSurface', 4.5],
  ['warningText', 'background', 4.5],
  ['text', 'dangerSurface', 4.5],
  ['text', 'warningSurface', 4.5],
  ['border', 'background', 3],
  ['border', 'surface', 3],
  ['accent', 'background', 3],
  ['accent', 'surface', 3],
  ['focus', 'background', 3],
  ['focus', 'surface', 3],
  // The iceberg: what lies under the waterline is drawn on water.
  ['text', 'water', 4.5],
  ['textSubtle', 'water', 4.5],
  ['border', 'water', 3],
  ['accent', 'water', 3],
  ['focus', 'water', 3],
  // Semantic marks are lines and glyph rings (3:1), on every background a view draws them on.
  ...(['selection', 'positive', 'negative', 'reinforcing', 'balancing', 'h1', 'h2', 'h3'] as const).flatMap((role) =>
    (['background', 'surface', 'water'] as const).map((ground) => [role, ground, 3] as const),
  ),
  // The horizons' names are written in their curve's hue (13 px bold: body-text contrast).
  ...(['h1', 'h2', 'h3'] as const).map((role) => [role, 'background', 4.5] as const),
];
