import { css } from 'lit';
import { selectionBadgeStyles } from '../base/selection-badge.js';

/** Rules for the SVG drawing; embedded in `toSVG()` exports with colours resolved. */
export const horizonsDiagramStyles = css`
  ${selectionBadgeStyles}
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
  /* Names stand in their own column at the curves' ends; sized by the layout (font-size attribute). */
  .curve-label {
    font-family: var(--_font);
    font-weight: 700;
  }
  .curve-label.H1 {
    fill: var(--_h1);
  }
  .curve-label.H2 {
    fill: var(--_h2);
  }
  .curve-label.H3 {
    fill: var(--_h3);
  }
  .name-connector {
    fill: none;
    stroke: var(--_text-subtle);
    stroke-width: 1;
  }
  .period {
    fill: none;
    stroke: var(--_selection);
    stroke-width: 7;
    stroke-linecap: round;
    stroke-opacity: 0.45;
  }
  .leader,
  .stem {
    fill: none;
    stroke: var(--_text-subtle);
    stroke-width: 1;
  }
  .shift {
    fill: none;
    stroke: var(--_text);
    stroke-width: 1.8;
  }
  /* A hue per horizon on the ring and the kind's shape; the shape itself tells the kind. */
  .marker circle {
    fill: var(--_background);
    stroke: var(--_text);
    stroke-width: 1.6;
  }
  .marker .shape {
    fill: var(--_text);
  }
  .marker.H1 circle {
    stroke: var(--_h1);
  }
  .marker.H1 .shape {
    fill: var(--_h1);
  }
  .marker.H2 circle {
    stroke: var(--_h2);
  }
  .marker.H2 .shape {
    fill: var(--_h2);
  }
  .marker.H3 circle {
    stroke: var(--_h3);
  }
  .marker.H3 .shape {
    fill: var(--_h3);
  }
  .marker.planned circle {
    stroke-dasharray: 3 2;
  }
  .marker.match circle {
    stroke-width: 3;
  }
  .marker.selected circle {
    stroke: var(--_selection);
    stroke-width: 3.5;
  }
  /* Related to a selection made elsewhere: dotted, apart from selection (solid) and focus (dashed). */
  .marker circle.related-ring {
    fill: none;
    stroke: var(--_text);
    stroke-width: 2.5;
    stroke-dasharray: 0.5 4;
    stroke-linecap: round;
  }
  .label rect {
    fill: var(--_background);
    stroke: var(--_border);
    stroke-width: 0.8;
  }
  .label text {
    fill: var(--_text);
    font-family: var(--_font);
  }
  .label.on-demand rect {
    stroke: var(--_text);
    stroke-width: 1.2;
  }
  /* A label shown on demand is for reading: clicks go to the marks under it. */
  .on-demand {
    pointer-events: none;
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
  .marker,
  .labels .label {
    cursor: pointer;
  }
  .legend {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem 1rem;
    list-style: none;
    margin: 0.5rem 0;
    padding: 0;
    font-size: var(--_text-sm);
  }
  .legend li {
    display: inline-flex;
    align-items: center;
    gap: 0.35rem;
  }
  .legend-hint {
    color: var(--_text-subtle);
  }
  .legend-symbol {
    flex: none;
    overflow: visible;
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
  .details .heading-section,
  .timeline .heading-section {
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
