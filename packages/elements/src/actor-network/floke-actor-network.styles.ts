import { INITIATIVE_COLORS, SECTOR_COLOR_KEYS, SECTOR_COLORS } from '@floke/core';
import { css, unsafeCSS } from 'lit';
import { selectionBadgeStyles } from '../base/selection-badge.js';

/**
 * Each sector colour can be themed with --floke-sector-<id>; defaults follow the colour scheme. Symbols are filled by
 * class, never by a style attribute (which a strict CSP blocks).
 */
export const sectorColorStyles = css`
  :host {
    ${unsafeCSS(
      SECTOR_COLOR_KEYS.map(
        (key) => `--_sector-${key}: var(--floke-sector-${key}, light-dark(${SECTOR_COLORS.light[key]}, ${SECTOR_COLORS.dark[key]}));`,
      ).join('\n'),
    )}
    --_initiative: var(--floke-initiative-color, light-dark(${unsafeCSS(INITIATIVE_COLORS.light)}, ${unsafeCSS(INITIATIVE_COLORS.dark)}));
  }
  ${unsafeCSS(SECTOR_COLOR_KEYS.map((key) => `.symbol.sector-${key} { fill: var(--_sector-${key}); }`).join('\n'))}
`;

/** Rules for the SVG layers (overlay and export); also embedded in `toSVG()` exports, with colours resolved. */
export const networkSvgStyles = css`
  ${selectionBadgeStyles}
  .tie {
    stroke: var(--_text-subtle);
    stroke-linecap: round;
    fill: none;
  }
  .tie.highlight {
    stroke: var(--_accent);
  }
  /* Past ties: thinner (by their stroke width) and fainter than any current tie. */
  .tie.past {
    stroke-opacity: 0.3;
  }
  .tie.highlight.past {
    stroke-opacity: 0.55;
  }
  /* Compare mode in the export (the canvas paints the same): lost ties dashed, «+» on gained ones, ghosts dashed. */
  .tie-lost,
  .tie-gained,
  .network-ghost circle {
    stroke: var(--_text);
    stroke-width: 1.5;
    fill: var(--_background);
  }
  .network-ghost text {
    fill: var(--_text);
    font-size: 12px;
  }
  /* Former actors: hollow, outlined in their sector's colour, and struck through. */
  ${unsafeCSS(
    SECTOR_COLOR_KEYS.map(
      (key) => `.symbol.former.sector-${key} { fill: var(--_background); stroke: var(--_sector-${key}); stroke-width: 2; }`,
    ).join('\n'),
  )}
  /* A name moved out of a crowd is joined to its actor by a dotted line (the canvas draws it the same way). */
  .leader {
    stroke: var(--_text);
    stroke-width: 1;
    stroke-dasharray: 2 2;
  }
  .strike {
    stroke: var(--_text);
    stroke-width: 1.5;
    stroke-linecap: round;
  }
  .symbol {
    stroke: var(--_background);
    stroke-width: 1;
  }
  .initiative-mark {
    fill: var(--_background);
    stroke: var(--_initiative);
    stroke-width: 3;
  }
  .broker-ring {
    fill: none;
    stroke: var(--_text);
    stroke-width: 1.5;
  }
  .label {
    fill: var(--_text);
    font: 12px var(--_font);
    paint-order: stroke;
    stroke: var(--_background);
    stroke-width: 3px;
    stroke-linejoin: round;
  }
  .band {
    fill: var(--_surface);
  }
  .band-name {
    fill: var(--_text);
    font: 600 12px var(--_font);
  }
  /* Overlay strokes keep their screen width at any zoom. */
  .overlay .tie,
  .overlay .partner-ring,
  .overlay .match-ring,
  .overlay .related-ring,
  .overlay .selected-ring,
  .overlay .focus-ring,
  .overlay .initiative-mark,
  .overlay .symbol,
  .overlay .strike {
    vector-effect: non-scaling-stroke;
  }
  .partner-ring {
    fill: none;
    stroke: var(--_accent);
    stroke-width: 2.5;
  }
  .match-ring {
    fill: none;
    stroke: var(--_accent);
    stroke-width: 2.5;
    stroke-dasharray: 4 2;
  }
  /* Related to a selection made elsewhere: dotted, apart from selection (solid) and focus (dashed). */
  .related-ring {
    fill: none;
    stroke: var(--_text);
    stroke-width: 2.5;
    stroke-dasharray: 0.5 4;
    stroke-linecap: round;
  }
  .selected-ring {
    fill: none;
    stroke: var(--_selection);
    stroke-width: 3.5;
  }
  /* Gives the tab stop its size; the focus itself is the shared dashed outline around it. */
  .focus-ring {
    fill: none;
    stroke: none;
  }
  /* Forced colours: the system's own colours, selection in Highlight and twice as wide as a partner ring. */
  @media (forced-colors: active) {
    .partner-ring,
    .match-ring,
    .broker-ring,
    .initiative-mark,
    .tie.highlight {
      stroke: CanvasText;
    }
    .selected-ring {
      stroke: Highlight;
      stroke-width: 5;
    }
  }
`;

export const networkStyles = css`
  .layout {
    display: grid;
    grid-template-columns: minmax(0, 1fr) minmax(14rem, 20rem);
    gap: 0.75rem;
  }
  .layout.narrow {
    grid-template-columns: minmax(0, 1fr);
  }
  /* The overview level: over the drawing, at 1:1 (it scrolls rather than shrinks its 12 px labels). */
  .overview-layer {
    position: absolute;
    inset: 0;
    overflow: auto;
    background: var(--_background);
  }
  svg.overview {
    display: block;
    margin: auto;
  }
  /* What the groups are: a row of choices above them, kept in view while the layer scrolls. */
  .overview-grouping {
    position: sticky;
    top: 0;
    z-index: 1;
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.25rem 0.75rem;
    margin: 0;
    padding: 0.5rem 0.75rem;
    border: 0;
    background: var(--_background);
    font-size: var(--_text-sm);
  }
  .overview-grouping legend {
    float: left;
    padding: 0;
    font-weight: 600;
  }
  .overview-grouping label {
    display: inline-flex;
    align-items: center;
    gap: 0.25rem;
  }
  svg.overview .group {
    cursor: pointer;
  }
  svg.overview .tie {
    stroke-opacity: 0.65;
  }
  svg.overview .group-circle {
    fill: var(--_surface);
    stroke: var(--_text-subtle);
    stroke-width: 1.5;
  }
  svg.overview .group:hover .group-circle {
    stroke: var(--_accent);
    stroke-width: 3;
  }
  svg.overview .group-count {
    font: 600 12px var(--_font);
    fill: var(--_text);
  }
  .overview-back {
    position: absolute;
    top: 0.5rem;
    right: 0.5rem;
    z-index: 2;
  }
  /* Beside the drawing: the legend (which filters sectors), then the panel. */
  .side {
    display: flex;
    flex-direction: column;
    gap: 0.75rem;
    min-width: 0;
  }
  .network-legend {
    font-size: var(--_text-sm);
  }
  .sector-legend {
    display: flex;
    flex-direction: column;
    gap: 0.1rem;
    margin: 0 0 0.5rem;
    padding: 0.2rem 0.6rem 0.4rem;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }
  .sector-legend legend {
    font-weight: 600;
    padding: 0 0.25rem;
  }
  .sector-legend label {
    display: inline-flex;
    align-items: center;
    gap: 0.35rem;
  }
  .sector-legend input[type='checkbox'] {
    accent-color: var(--_accent);
    width: 1.1rem;
    height: 1.1rem;
  }
  .network-legend .legend {
    flex-direction: column;
    font-size: inherit;
  }
  .legend-size {
    fill: none;
    stroke: var(--_text);
    stroke-width: 1.5;
  }
  .stage {
    position: relative;
    height: var(--floke-network-height, 36rem);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    overflow: hidden;
    background: var(--_background);
    touch-action: none;
  }
  .layout.narrow .stage {
    height: var(--floke-network-height-narrow, 26rem);
  }
  canvas,
  svg.overlay {
    position: absolute;
    inset: 0;
    width: 100%;
    height: 100%;
  }
  svg.overlay {
    cursor: grab;
  }
  svg.overlay.hovering {
    cursor: pointer;
  }
  .panel {
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: 0.5rem 0.75rem;
    background: var(--_surface);
    overflow: auto;
    max-height: var(--floke-network-height, 36rem);
  }
  .panel .heading-section {
    margin: 0 0 0.25rem;
    font-size: 1.05em;
  }
  .panel .heading-sub {
    margin: 0.6rem 0 0.2rem;
    font-size: 0.95em;
  }
  .panel ul {
    margin: 0;
    padding-left: 1.1rem;
  }
  /* Buttons are inline blocks whatever display says: cap the width so a long name wraps beside its bullet. */
  .panel .link-button {
    max-width: 100%;
    vertical-align: top;
    font: inherit;
    border: none;
    background: none;
    padding: 0;
    color: var(--_accent-text);
    text-decoration: underline;
    cursor: pointer;
    text-align: left;
  }
  .meta,
  .status {
    color: var(--_text-subtle);
    font-size: 0.9em;
    margin: 0.25rem 0;
  }
  .legend-symbol {
    vertical-align: middle;
  }
  table {
    border-collapse: collapse;
    margin: 0.5rem 0 1rem;
    font-size: 0.9em;
    display: block;
    overflow-x: auto;
    max-width: 100%;
  }
  th,
  td {
    text-align: left;
    vertical-align: top;
    padding: 0.25rem 0.5rem;
    border-bottom: 1px solid var(--_border);
  }
`;
