import { css } from 'lit';

/** Rules for the SVG drawing; embedded in `toSVG()` exports with colours resolved. */
export const icebergDiagramStyles = css`
  .water {
    fill: var(--_water);
  }
  .outline {
    fill: var(--_background);
    fill-opacity: 0.85;
    stroke: var(--_border);
    stroke-width: 1.5;
  }
  .band-edge {
    stroke: var(--_border);
    stroke-width: 1;
    stroke-dasharray: 2 4;
  }
  .band-label {
    fill: var(--_text);
    font: 700 15px var(--_font);
  }
  .band-description,
  .band-empty {
    fill: var(--_text-subtle);
    font: 13px var(--_font);
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
    font: 700 13px var(--_font);
  }
  .depth-scale line,
  .depth-scale path {
    stroke: var(--_text-subtle);
    fill: var(--_text-subtle);
    stroke-width: 2;
  }
  .depth-scale text {
    fill: var(--_text-subtle);
    font: 12px var(--_font);
  }
  .explains-line {
    fill: none;
    stroke: var(--_text-subtle);
    stroke-width: 1.4;
  }
  .explains-arrow {
    fill: var(--_text-subtle);
  }
  .explains.in-chain .explains-line {
    stroke: var(--_accent);
    stroke-width: 3;
  }
  .explains.in-chain .explains-arrow {
    fill: var(--_accent);
  }
  .explains.dimmed .explains-line {
    stroke: var(--_border);
    stroke-width: 1;
  }
  .explains.dimmed .explains-arrow {
    fill: var(--_border);
  }
  .chip-box {
    fill: var(--_surface);
    stroke: var(--_border);
    stroke-width: 1.2;
  }
  .chip-label,
  .chip-symbol {
    fill: var(--_text);
    font: 13px var(--_font);
  }
  .chip-symbol {
    font-size: 11px;
  }
  .chip.in-chain .chip-box {
    stroke: var(--_accent);
    stroke-width: 2.5;
    fill: var(--_background);
  }
  .chip.selected .chip-box {
    stroke: var(--_selection);
    stroke-width: 3.5;
  }
  .chip.dimmed .chip-box {
    fill: var(--_background);
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
