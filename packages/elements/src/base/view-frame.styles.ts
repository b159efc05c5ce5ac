import { marksStyles, progressLegendStyles } from './marks.styles.js';
import { css } from 'lit';

/** The shared frame: heading, "how to read", toolbar and the provenance line, in the one type scale. */
export const viewFrameStyles = css`
  .frame-header {
    margin: 0 0 0.25rem;
  }
  .frame-heading {
    font-size: var(--_text-lg);
    font-weight: 700;
    line-height: 1.3;
    margin: 0 0 0.25rem;
  }
  .how-to-read {
    margin: 0;
    max-width: 70ch;
    font-size: var(--_text-md);
    color: var(--_text-subtle);
  }
  /* An item of a list form related to a selection made elsewhere: dotted like the drawing's marks. */
  li.related {
    outline: 2.5px dotted var(--_text);
    outline-offset: 1px;
  }
  /* Dotted like the marks it explains. */
  .related-line {
    margin: 0.25rem 0 0;
    padding: 0.125rem 0.5rem;
    border-inline-start: 3px dotted var(--_text);
    font-size: var(--_text-md);
  }
  /* Tight above (the how-to-read line introduces it), so the drawing starts high on the page. */
  .toolbar {
    margin: 0.25rem 0 0.5rem;
  }
  /* First row: search, then zoom, fit and download at the end; the view's filters follow on their own row. */
  .toolbar-row {
    display: flex;
    flex-wrap: wrap;
    align-items: end;
    gap: 0.5rem 0.75rem;
    margin-bottom: 0.5rem;
  }
  .toolbar-row:last-child {
    margin-bottom: 0;
  }
  .toolbar-actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
    margin-inline-start: auto;
  }
  .field {
    display: inline-flex;
    flex-direction: column;
    gap: 0.15rem;
    font-size: var(--_text-sm);
  }
  .field input,
  .field select {
    font: inherit;
    font-size: var(--_text-md);
    padding: 0.3rem 0.5rem;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_background);
    color: var(--_text);
    min-width: 12ch;
  }
  .toolbar .status,
  .toolbar .match-count {
    align-self: end;
    padding-bottom: 0.45rem;
    font-size: var(--_text-sm);
    color: var(--_text-subtle);
  }
  .provenance {
    margin: 0.75rem 0 0;
    font-size: var(--_text-sm);
    color: var(--_text-subtle);
  }
  /* The views' filters: checkbox groups and selects, wrapping to the width. */
  .filters {
    display: flex;
    flex-wrap: wrap;
    align-items: end;
    gap: 0.5rem 0.75rem;
  }
  .filters fieldset {
    display: flex;
    flex-wrap: wrap;
    gap: 0.1rem 0.75rem;
    min-width: 0;
    max-width: 100%;
    margin: 0;
    padding: 0.2rem 0.6rem 0.4rem;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }
  .filters legend {
    font-weight: 600;
    font-size: var(--_text-sm);
    padding: 0 0.25rem;
  }
  .filters label:not(.field) {
    display: inline-flex;
    align-items: center;
    gap: 0.35rem;
    white-space: nowrap;
  }
  .filters .field select {
    width: 100%;
    max-width: 24rem;
  }
  .filters input[type='checkbox'] {
    accent-color: var(--_accent);
    width: 1.1rem;
    height: 1.1rem;
  }
  /* A filter menu in the toolbar's row: a summary like a button, its panel over what lies below. */
  .filter-menu {
    position: relative;
    align-self: end;
  }
  .filter-menu > summary {
    list-style: none;
    cursor: pointer;
    padding: 0.35rem 0.7rem;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
  }
  .filter-menu > summary::-webkit-details-marker {
    display: none;
  }
  .filter-menu > summary::after {
    content: ' ▾';
  }
  .filter-menu[open] > summary::after {
    content: ' ▴';
  }
  .filter-panel {
    position: absolute;
    z-index: 3;
    top: calc(100% + 0.25rem);
    left: 0;
    width: min(34rem, calc(100vw - 2rem));
    flex-direction: column;
    align-items: stretch;
    padding: 0.75rem;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_background);
    box-shadow: 0 4px 16px rgb(0 0 0 / 0.18);
  }
`;

/** Compare mode's "what changed" panel and the badges' swatches (the drawing's badges are styled by each view). */
export const changesPanelStyles = css`
  .changes {
    margin: 0.5rem 0;
    padding: 0.5rem 0.75rem;
    border: 1px solid var(--_border);
    border-inline-start: 4px double var(--_text);
    border-radius: var(--_radius, 4px);
    font-size: var(--_text-md);
    max-width: 80ch;
  }
  .changes-heading {
    font-weight: 700;
    margin: 0 0 0.25rem;
  }
  .changes-headline,
  .changes-problems {
    margin: 0 0 0.25rem;
  }
  .changes-sentences {
    margin: 0 0 0.25rem;
    padding-inline-start: 1.25rem;
  }
  .changes-list ul {
    list-style: none;
    padding: 0;
    margin: 0.25rem 0;
  }
  .changes-list li {
    margin: 0.125rem 0;
  }
  .change-item {
    font: inherit;
    color: inherit;
    background: none;
    border: 1px solid transparent;
    padding: 0.125rem 0.25rem;
    cursor: pointer;
    text-align: start;
  }
  .change-item:hover {
    border-color: var(--_border);
  }
  .change-item:focus-visible {
    outline: 2px dashed var(--_focus, currentColor);
    outline-offset: 1px;
  }
  .change-fields {
    color: var(--_text-subtle);
    margin-inline-start: 0.5rem;
  }
  .change-badge-swatch {
    display: inline-grid;
    place-items: center;
    min-width: 1.25em;
    height: 1.25em;
    margin-inline-end: 0.375rem;
    border: 1.5px solid currentColor;
    font-weight: 700;
    line-height: 1;
  }
  .change-badge-swatch.new {
    border-radius: 0.625em;
    padding: 0 0.25em;
    background: var(--_text);
    color: var(--_background);
    font-size: 0.8125em;
  }
  .change-badge-swatch.changed {
    border-radius: 2px;
  }
  .change-badge-swatch.gone {
    border-style: dashed;
    border-radius: 50%;
  }
`;

/** The badge on a changed mark (SVG): the page's text colour on its background, a thick outline; 12 px glyph. */
export const changeBadgeStyles = css`
  .change-badge circle,
  .change-badge rect {
    fill: var(--_background);
    stroke: var(--_text);
    stroke-width: 2;
  }
  .change-badge.new rect {
    fill: var(--_text);
  }
  .change-badge.new text {
    fill: var(--_background);
  }
  .change-badge text {
    fill: var(--_text);
    font-size: 12px;
    font-weight: 700;
    pointer-events: none;
  }
  .change-badge {
    pointer-events: none;
  }
`;

/** Everything compare mode draws: the panel and the badges. */
export const compareStyles = [changesPanelStyles, changeBadgeStyles, marksStyles, progressLegendStyles];
