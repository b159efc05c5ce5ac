import { css } from 'lit';

/** Rules for the SVG drawing; embedded in `toSVG()` exports with colours resolved. */
export const horizonsDiagramStyles = css`
  .axis line {
    stroke: var(--_border);
    stroke-width: 1.2;
  }
  .axis text {
    fill: var(--_text-subtle);
    font: 12px var(--_font);
  }
  .now line {
    stroke: var(--_text);
    stroke-width: 1.5;
    stroke-dasharray: 3 3;
  }
  .now text {
    fill: var(--_text);
    font: 700 12px var(--_font);
  }
  /* Horizons differ by pattern and label as well as weight, never by colour alone. */
  .curve {
    fill: none;
    stroke: var(--_text-subtle);
  }
  .curve.H1 {
    stroke: var(--_h1);
    stroke-width: 4;
  }
  .curve.H2 {
    stroke: var(--_h2);
    stroke-width: 3;
    stroke-dasharray: 10 6;
  }
  .curve.H3 {
    stroke: var(--_h3);
    stroke-width: 3;
    stroke-dasharray: 2 5;
    stroke-linecap: round;
  }
  .curve-label {
    fill: var(--_text);
    font: 700 13px var(--_font);
  }
  .period {
    fill: none;
    stroke: var(--_accent);
    stroke-width: 3;
    stroke-linecap: round;
  }
  .point:not(.selected) .period {
    display: none;
  }
  .leader,
  .shift {
    fill: none;
    stroke: var(--_text-subtle);
    stroke-width: 1.2;
  }
  .shift {
    stroke: var(--_text);
    stroke-width: 1.8;
  }
  .marker circle {
    fill: var(--_background);
    stroke: var(--_text);
    stroke-width: 1.6;
  }
  .marker text {
    fill: var(--_text);
    font: 9px var(--_font);
  }
  .point.planned .marker circle {
    stroke-dasharray: 3 2;
  }
  .point.selected .marker circle {
    stroke: var(--_selection);
    stroke-width: 3.5;
  }
  .label rect {
    fill: var(--_background);
    fill-opacity: 0.92;
    stroke: var(--_border);
    stroke-width: 0.8;
  }
  .label text {
    fill: var(--_text);
    font: 12px var(--_font);
  }
  .point.selected .label rect {
    stroke: var(--_accent);
    stroke-width: 2;
  }
`;

export const horizonsStyles = css`
  :host {
    container-type: inline-size;
  }
  svg.horizons {
    display: block;
    width: 100%;
    height: auto;
  }
  .marker {
    cursor: pointer;
  }
  .note {
    color: var(--_text-subtle);
    font-size: 0.9em;
    margin: 0.4rem 0;
  }
  .details {
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: 0.6rem 0.8rem;
    margin-top: 0.5rem;
    background: var(--_surface);
  }
  .details h3,
  .timeline h3 {
    margin: 0 0 0.25rem;
    font-size: 1em;
  }
  .details p {
    margin: 0.2rem 0;
  }
  .timelines {
    display: grid;
    gap: 0.75rem;
  }
  .timeline ol {
    margin: 0;
    padding-left: 1.2em;
  }
  .timeline button {
    font: inherit;
    text-align: left;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_text);
    padding: 0.3rem 0.5rem;
    margin: 0.15rem 0;
    width: 100%;
    overflow-wrap: anywhere;
    cursor: pointer;
  }
  .timeline button[aria-pressed='true'] {
    box-shadow: inset 0 0 0 2px var(--_accent);
  }
  .when {
    font-variant-numeric: tabular-nums;
    font-weight: 700;
    margin-right: 0.4em;
  }
`;
