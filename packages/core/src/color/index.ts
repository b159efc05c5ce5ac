// The palettes and sector colours both packages draw with.
export {
  PALETTES,
  PALETTE_ROLES,
  COLOR_SCHEMES,
  DESIGNSYSTEMET_TOKENS,
  type Palette,
  type PaletteRole,
  type ColorScheme,
} from './palette.js';
export { INITIATIVE_COLORS, SECTOR_COLORS, SECTOR_COLOR_KEYS, SECTOR_SHAPES, sectorKey, type SectorColorKey } from './sector-palette.js';
export { blendColors, contrastRatio, minimumAlpha } from './contrast.js';
