import { css } from 'lit';
import { selectionBadgeStyles } from '../base/selection-badge.js';

/** Rules for the SVG drawing; embedded in `toSVG()` exports with colours resolved. */
export const icebergDiagramStyles = css`
  ${selectionBadgeStyles}
  .water {
    fill: var(--_water);
  }
  /* The ice darkens with depth: the tip is nearly white, the deepest layer the darkest tint. */
  .ice-0 {
    fill: var(--_ice0);
  }
  .ice-1 {
    fill: var(--_ice1);
  }
  .ice-2 {
    fill: var(--_ice2);
  }
  .ice-3 {
    fill: var(--_ice3);
  }
  .outline {
    fill: none;
    stroke: var(--_text-subtle);
    stroke-width: 1.5;
  }
  .band-edge {
    stroke: var(--_border);
    stroke-width: 1;
    stroke-dasharray: 2 4;
  }
  .band-label {
    fill: var(--_text);
    font-family: var(--_font);
    font-weight: 700;
  }
  .band-description,
  .band-empty {
    fill: var(--_text-subtle);
    font-family: var(--_font);
  }
  .band-empty {
    font-style: italic;
  }
  .waterline line {
    stroke: var(--_accent);
    stroke-width: 2.5;
  }
  .waterline text {
    fill: var(--_text);
    font-family: var(--_font);
    font-weight: 700;
  }
  .depth-scale line,
  .depth-scale path {
    stroke: var(--_text-subtle);
    fill: var(--_text-subtle);
    stroke-width: 2;
  }
  .depth-scale text {
    fill: var(--_text-subtle);
    stroke: none;
    font-family: var(--_font);
  }
  /* At rest no link is drawn (they would tangle); the chain in focus is. */
  .explains {
    visibility: hidden;
    pointer-events: none;
  }
  .explains.in-chain {
    visibility: visible;
  }
  .explains-line {
    fill: none;
    stroke: var(--_accent);
    stroke-width: 2.5;
  }
  .explains-arrow {
    fill: var(--_accent);
  }
  .chip-box {
    fill: var(--_surface);
    stroke: var(--_text-subtle);
    stroke-width: 1.2;
  }
  .kind-band {
    fill: var(--_text-subtle);
  }
  .kind-actor .kind-band {
    fill: var(--_kind-actor);
  }
  .kind-initiative .kind-band {
    fill: var(--_kind-initiative);
  }
  .kind-factor .kind-band {
    fill: var(--_kind-factor);
  }
  .kind-goal .kind-band {
    fill: var(--_kind-goal);
  }
  .kind-insight .kind-band {
    fill: var(--_kind-insight);
  }
  .chip-label,
  .chip-symbol,
  .badge-text {
    fill: var(--_text);
    font-family: var(--_font);
  }
  .chip-symbol {
    fill: var(--_background);
  }
  .badge-box {
    fill: var(--_background);
    stroke: var(--_text-subtle);
    stroke-width: 1;
  }
  .chip.in-chain .chip-box {
    stroke: var(--_accent);
    stroke-width: 2.5;
  }
  .chip.selected .chip-box {
    stroke: var(--_selection);
    stroke-width: 3.5;
  }
  /* Related to a selection made elsewhere: dotted, apart from selection (solid) and focus (dashed). */
  .related-ring {
    fill: none;
    stroke: var(--_text);
    stroke-width: 2.5;
    stroke-dasharray: 0.5 4;
    stroke-linecap: round;
  }
  .badge {
    pointer-events: none;
  }
  /* Focus mode: what is not in the chain steps back. */
  .chip.dimmed,
  .badge.dimmed {
    opacity: 0.4;
  }
`;

export const icebergStyles = css`
  :host {
    container-type: inline-size;
  }
  svg.iceberg {
    display: block;
    width: 100%;
    height: auto;
  }
  .chip {
    cursor: pointer;
  }
  .symbol {
    display: inline-block;
    width: 1.2em;
    text-align: center;
  }
  /* The legend draws a kind as the chip does: its glyph on its tint; the badge as on a chip. */
  .kind-swatch,
  .badge-swatch {
    display: inline-block;
    min-width: 1.4em;
    margin-inline-end: 0.35em;
    text-align: center;
    border-radius: 3px;
    line-height: 1.4;
  }
  .kind-swatch {
    color: var(--_background);
    background: var(--_text-subtle);
  }
  .kind-swatch.kind-actor {
    background: var(--_kind-actor);
  }
  .kind-swatch.kind-initiative {
    background: var(--_kind-initiative);
  }
  .kind-swatch.kind-factor {
    background: var(--_kind-factor);
  }
  .kind-swatch.kind-goal {
    background: var(--_kind-goal);
  }
  .kind-swatch.kind-insight {
    background: var(--_kind-insight);
  }
  .badge-swatch {
    padding: 0 0.3em;
    border: 1px solid var(--_text-subtle);
    border-radius: 1em;
  }
  /* The stacked list used in narrow containers and as the text alternative. */
  ol.layers {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    gap: 0.75rem;
  }
  ol.layers > li {
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: 0.6rem 0.75rem;
    background: var(--_background);
  }
  ol.layers > li.below-water {
    background: var(--_water);
  }
  .layer-name {
    font-weight: 700;
    margin: 0;
  }
  .layer-description,
  .water-note {
    color: var(--_text-subtle);
    margin: 0 0 0.4rem;
    font-size: 0.92em;
  }
  ul.elements {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    gap: 0.35rem;
  }
  ul.elements button {
    width: 100%;
    text-align: left;
    overflow-wrap: anywhere;
  }
  .relation {
    display: block;
    color: var(--_text-subtle);
    font-size: 0.88em;
  }
  .waterline-marker {
    border-top: 3px solid var(--_accent);
    padding-top: 0.25rem;
    font-weight: 700;
    color: var(--_text);
  }
`;
