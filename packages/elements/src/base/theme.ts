import { PALETTES, PALETTE_ROLES, DESIGNSYSTEMET_TOKENS, type PaletteRole } from '@floke/core';
import { css, unsafeCSS } from 'lit';

const kebab = (role: PaletteRole) => role.replace(/[A-Z]/g, (c) => '-' + c.toLowerCase());

/**
 * Each palette role becomes `--_<role>`, read from `--floke-color-<role>`, then the Designsystemet token,
 * then Floke's own light/dark pair (`light-dark()` follows the host's `color-scheme`).
 */
const roleDeclarations = PALETTE_ROLES.map(
  (role) =>
    `--_${kebab(role)}: var(--floke-color-${kebab(role)}, var(${DESIGNSYSTEMET_TOKENS[role]}, light-dark(${PALETTES.light[role]}, ${PALETTES.dark[role]})));`,
).join('\n');

/**
 * Forced colours (Windows high contrast): SVG fills and strokes are not forced by the browser, so every role maps to
 * a system colour here: grounds to Canvas, marks and text to CanvasText, the selection to Highlight. Meaning then
 * rests on what never depended on colour: shapes, patterns, letters, signs, widths.
 */
const FORCED_ROLES: Readonly<Record<PaletteRole, 'Canvas' | 'CanvasText' | 'Highlight'>> = Object.fromEntries(
  PALETTE_ROLES.map((role) => [
    role,
    role === 'selection'
      ? 'Highlight'
      : ['background', 'surface', 'dangerSurface', 'warningSurface', 'water', 'ice0', 'ice1', 'ice2', 'ice3'].includes(role)
        ? 'Canvas'
        : 'CanvasText',
  ]),
) as Record<PaletteRole, 'Canvas' | 'CanvasText' | 'Highlight'>;
const forcedDeclarations = PALETTE_ROLES.map((role) => `--_${kebab(role)}: ${FORCED_ROLES[role]};`).join('\n');

/** Shared host styles of every view: colours, type, focus ring, reduced motion and the colour scheme. */
export const themeStyles = css`
  :host {
    ${unsafeCSS(roleDeclarations)}
    --_font: var(--floke-font-family, var(--ds-font-family, system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif));
    --_radius: var(--floke-border-radius, var(--ds-border-radius-md, 6px));
    --_space: var(--floke-spacing, var(--ds-size-4, 1rem));
    --_duration: var(--floke-motion-duration, 150ms);
    /* One type scale; the smallest step is 13 px at the default 16 px root, never below 12 px. */
    --_text-sm: var(--floke-font-size-small, 0.8125rem);
    --_text-md: var(--floke-font-size, 1rem);
    --_text-lg: var(--floke-font-size-large, 1.25rem);
    display: block;
    box-sizing: border-box;
    font-family: var(--_font);
    color: var(--_text);
    background: var(--_background);
    line-height: 1.5;
    font-size: var(--_text-md);
  }
  :host([hidden]) {
    display: none;
  }
  /* Inherits the reader's text settings for TextStyleController; never seen, never read out. */
  .text-style-probe {
    position: absolute;
    top: 0;
    left: 0;
    visibility: hidden;
    pointer-events: none;
    white-space: pre;
    font-family: var(--_font);
    font-size: 1rem;
  }
  :host([data-color-scheme='light']),
  :host([data-floke-scheme='light']) {
    color-scheme: light;
  }
  :host([data-color-scheme='dark']),
  :host([data-floke-scheme='dark']) {
    color-scheme: dark;
  }
  :host([data-color-scheme='auto']),
  :host([data-floke-scheme='auto']) {
    color-scheme: light dark;
  }
  *,
  *::before,
  *::after {
    box-sizing: inherit;
  }
  /* Headings at the level the page sets (see heading.ts): one look at every level. */
  .heading-section,
  .heading-sub {
    font-weight: 700;
    line-height: 1.3;
  }
  .heading-section {
    font-size: 1.05em;
    margin: 1rem 0 0.4rem;
  }
  .heading-sub {
    font-size: 0.95em;
    margin: 0.6rem 0 0.2rem;
  }
  :focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }
  /*
   * In every drawing, focus and selection differ by shape as well as colour: the focused mark gets a dashed
   * rectangle around it (the outline), the selected one a solid ring of --floke-color-selection on its own shape.
   */
  svg [tabindex]:focus {
    outline: none;
  }
  svg [tabindex]:focus-visible {
    outline: 3px dashed var(--_focus);
    outline-offset: 3px;
  }
  /*
   * Hears focus moving among a drawing's marks. On a wrapper, not on the SVG: Chromium makes an SVG element with focus
   * listeners a tab stop of its own, an extra stop before the marks where the arrow keys do nothing.
   */
  .drawing-focus {
    display: contents;
  }
  /* Read by screen readers, not shown. */
  .sr-only {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip: rect(0 0 0 0);
    white-space: nowrap;
  }
  @media (forced-colors: active) {
    :host {
      ${unsafeCSS(forcedDeclarations)}
    }
  }
  @media (prefers-reduced-motion: reduce) {
    :host {
      --_duration: 0ms;
    }
  }
`;
