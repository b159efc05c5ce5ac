import { PALETTES, PALETTE_ROLES, type ColorScheme, type PaletteRole } from '../color/palette.js';
import { INITIATIVE_COLORS, SECTOR_COLORS, SECTOR_COLOR_KEYS } from '../color/sector-palette.js';

/** The font the exports name by default: shipped with the CLI and installed on most Linux machines. */
export const DEFAULT_EXPORT_FONT = "'DejaVu Sans', sans-serif";

const kebab = (role: PaletteRole) => role.replace(/[A-Z]/g, (c) => '-' + c.toLowerCase());

/** `#1e2b3c` → `rgb(30, 43, 60)`, the form browsers give a computed colour in (so exports match byte for byte). */
export function rgbOf(hex: string): string {
  const value = hex.replace('#', '');
  const full = value.length === 3 ? [...value].map((c) => c + c).join('') : value;
  const [r, g, b] = [0, 2, 4].map((i) => parseInt(full.slice(i, i + 2), 16));
  if (full.length === 8) return `rgba(${r}, ${g}, ${b}, ${Math.round((parseInt(full.slice(6, 8), 16) / 255) * 1000) / 1000})`;
  return `rgb(${r}, ${g}, ${b})`;
}

/** Every `--_name` a view's stylesheet may read, resolved for a colour scheme and font. */
export function themeVariables(scheme: ColorScheme, font = DEFAULT_EXPORT_FONT): ReadonlyMap<string, string> {
  const values = new Map<string, string>();
  for (const role of PALETTE_ROLES) values.set(kebab(role), rgbOf(PALETTES[scheme][role]));
  for (const key of SECTOR_COLOR_KEYS) values.set(`sector-${key}`, rgbOf(SECTOR_COLORS[scheme][key]));
  values.set('initiative', rgbOf(INITIATIVE_COLORS[scheme]));
  // The non-colour variables, as the views' host styles compute them by default (theme.ts in @floke/elements).
  values.set('font', font);
  values.set('radius', '6px');
  values.set('space', '16px');
  values.set('text-sm', '13px');
  values.set('text-md', '16px');
  values.set('text-lg', '20px');
  values.set('duration', '150ms');
  return values;
}

/** The `svg { … }` rule an export starts its stylesheet with, as the browser export writes it. */
export function rootVariablesRule(variables: ReadonlyMap<string, string>): string {
  const names = ['background', 'surface', 'text', 'text-subtle', 'border', 'accent', 'accent-text', 'focus'];
  return `svg { ${[...names.map((name) => `--_${name}: ${variables.get(name)};`), `--_font: ${variables.get('font')};`].join(' ')} }`;
}

/** `cssText` with every `var(--_name)` replaced by its value, so no SVG reader needs custom properties. */
export function resolveCss(cssText: string, variables: ReadonlyMap<string, string>): string {
  return cssText.replace(/var\(--_([\w-]+)\)/g, (whole, name: string) => variables.get(name) ?? whole);
}
