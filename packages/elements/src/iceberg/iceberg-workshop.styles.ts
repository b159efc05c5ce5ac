import { css } from 'lit';
import { workshopToolbarStyles } from '../base/workshop-toolbar.styles.js';

/** The iceberg's workshop mode (`editable`): the shared panel rows, its own fieldset, and the marks in the drawing. */
export const icebergWorkshopStyles = [
  workshopToolbarStyles,
  css`
    .workshop select {
      max-width: 22rem;
    }
    .hint {
      color: var(--_text-subtle);
    }
    /* The layer Enter adds to: a thicker border, and the hint says it in words. */
    .add-to.target {
      outline: 2px solid var(--_text);
      outline-offset: 1px;
      font-weight: 700;
    }
    .element-edits {
      border: 1px solid var(--_border);
      border-radius: 6px;
      display: grid;
      gap: 0.4rem;
      margin: 0;
    }
    .element-edits legend {
      font-weight: 700;
    }
    .link-edits,
    .notes {
      list-style: none;
      margin: 0;
      padding: 0;
      display: grid;
      gap: 0.3rem;
    }
    .link-edit {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 0.3rem 0.6rem;
    }
    .link-name,
    .note-about {
      font-weight: 600;
    }
    .notes time {
      font-variant-numeric: tabular-nums;
      color: var(--_text-subtle);
    }
    .link-draft {
      border-inline-start: 4px solid var(--_accent);
      padding-inline-start: 0.5rem;
    }
    :host([editable]) .chip {
      cursor: grab;
      touch-action: none;
    }
    .chip.dragging {
      cursor: grabbing;
      opacity: 0.85;
    }
    /* The element an explanation is being drawn from: a heavy dashed box, apart from selection (solid) by shape. */
    .chip.link-from .chip-box {
      stroke: var(--_accent);
      stroke-width: 3;
      stroke-dasharray: 6 3;
    }
    .new-badge {
      pointer-events: none;
    }
    .new-badge rect {
      fill: var(--_text);
    }
    .new-badge text {
      fill: var(--_background);
      font: 700 12px var(--_font);
    }
  `,
];
