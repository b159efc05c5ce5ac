import type { ColorScheme } from './palette.js';

/** Built-in sectors plus `other` (a sector the document declares beyond them, or none). */
export const SECTOR_COLOR_KEYS = ['public', 'voluntary', 'private', 'research', 'foundation', 'social-partners', 'other'] as const;
export type SectorColorKey = (typeof SECTOR_COLOR_KEYS)[number];

/**
 * Fill colours of the actor network's sectors. Each reaches 3:1 against the background and the surface in its
 * scheme (non-text contrast, tested); the sector is also told by shape, never by colour alone.
 */
export const SECTOR_COLORS: Readonly<Record<ColorScheme, Readonly<Record<SectorColorKey, string>>>> = {
  light: {
    public: '#1f5fa8',
    voluntary: '#b3470f',
    private: '#2b7a3b',
    research: '#7a4bb0',
    foundation: '#00727a',
    'social-partners': '#b0245f',
    other: '#5f6b7c',
  },
  dark: {
    public: '#6fb1f5',
    voluntary: '#f2955a',
    private: '#6cc47b',
    research: '#b99af0',
    foundation: '#4fc3c9',
    'social-partners': '#f07aa8',
    other: '#a3afbf',
  },
};

/** The colour of initiatives in a two-mode network (a capsule, a shape no sector has); 3:1 like the sectors. */
export const INITIATIVE_COLORS: Readonly<Record<ColorScheme, string>> = { light: '#7a5c00', dark: '#e3c062' };

/** Shapes that tell sectors apart without colour. Initiatives are drawn as capsules. */
export const SECTOR_SHAPES: Readonly<
  Record<SectorColorKey, 'circle' | 'square' | 'triangle' | 'diamond' | 'pentagon' | 'hexagon' | 'cross'>
> = {
  public: 'circle',
  voluntary: 'triangle',
  private: 'square',
  research: 'diamond',
  foundation: 'pentagon',
  'social-partners': 'hexagon',
  other: 'cross',
};

export function sectorKey(sector: string | undefined): SectorColorKey {
  return sector !== undefined && (SECTOR_COLOR_KEYS as readonly string[]).includes(sector) ? (sector as SectorColorKey) : 'other';
}
