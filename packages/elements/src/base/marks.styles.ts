import { css } from 'lit';

/**
 * The marks compare mode and progress add to a drawing (SVG), in the live view and in its export: a gone element's
 * ghost (dashed box, name struck through, lowered emphasis), its dashed "borte" pill, and progress badges (shape and
 * arrow, the page's text colour on its background, so they reach 4.5:1 in light and dark).
 */
export const marksStyles = css`
  .ghost {
    cursor: pointer;
  }
  .ghost .ghost-box {
    fill: var(--_background);
    fill-opacity: 0.85;
    stroke: var(--_text-subtle);
    stroke-width: 1.5;
    stroke-dasharray: 5 3;
  }
  .ghost .ghost-label {
    fill: var(--_text-subtle);
    font-style: italic;
    text-decoration: line-through;
  }
  .ghost.selected .ghost-box {
    stroke: var(--_selection);
    stroke-width: 3;
    stroke-dasharray: none;
  }
  .ghost:focus {
    outline: none;
  }
  .ghost:focus-visible .ghost-box {
    stroke: var(--_focus);
    stroke-width: 2.5;
    stroke-dasharray: 2 2;
  }
  .change-badge.gone rect {
    fill: var(--_background);
    stroke-dasharray: 3 2;
  }
  .progress-badge {
    pointer-events: none;
  }
  .progress-badge path {
    fill: var(--_background);
    stroke: var(--_text);
    stroke-width: 1.5;
  }
  .progress-badge.too-few path,
  .progress-badge.no-direction path {
    stroke-dasharray: 3 2;
  }
  .progress-badge text {
    fill: var(--_text);
    font-size: 12px;
    font-weight: 700;
  }
  @media (forced-colors: active) {
    .ghost .ghost-box,
    .progress-badge path {
      fill: Canvas;
      stroke: CanvasText;
    }
    .ghost .ghost-label,
    .progress-badge text {
      fill: CanvasText;
    }
  }
`;

/** The legend's and the details' small copies of the progress badges (HTML). */
export const progressLegendStyles = css`
  .progress-key {
    display: inline-flex;
    align-items: center;
    margin-inline-end: 0.75rem;
  }
  .progress-swatch {
    display: inline-grid;
    place-items: center;
    min-width: 1.25em;
    height: 1.25em;
    margin-inline-end: 0.25rem;
    border: 1.5px solid currentColor;
    border-radius: 50%;
    font-weight: 700;
    line-height: 1;
  }
  .progress-swatch.wrong-way,
  .progress-swatch.mixed {
    border-radius: 0;
    border-width: 2.5px;
  }
  .progress-swatch.unchanged,
  .progress-swatch.too-few,
  .progress-swatch.no-direction {
    border-radius: 2px;
  }
  .progress-details {
    padding-inline-start: 0;
    list-style: none;
  }
  .progress-points,
  .progress-source {
    color: var(--_text-subtle);
    margin-inline-start: 0.375rem;
  }
`;
