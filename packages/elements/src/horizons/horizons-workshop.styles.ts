import { css } from 'lit';
import { workshopToolbarStyles } from '../base/workshop-toolbar.styles.js';

/**
 * The "NY" tag before the label of an element the workshop added: in words on a filled tag (bold 12 px, background
 * on text colour). Part of the drawing, so an export of an editable view embeds it too.
 */
export const newBadgeStyles = css`
  .new-badge rect {
    fill: var(--_text);
  }
  .new-badge text {
    fill: var(--_background);
    font: 700 12px var(--_font);
  }
`;

/** The horizons' workshop (`editable`): the shared toolbar, the element edits, and the marks drawn while editing. */
export const horizonsWorkshopStyles = css`
  ${workshopToolbarStyles}
  ${newBadgeStyles}
  .element-edits {
    border: 1px solid var(--_border);
    border-radius: 6px;
    display: grid;
    gap: 0.4rem;
    margin: 0;
  }
  .hint {
    color: var(--_text-subtle);
  }
  .shift-button[aria-pressed='true'] {
    font-weight: 700;
    box-shadow: inset 0 0 0 2px var(--_text);
  }
  :host([editable]) .marker {
    cursor: ew-resize;
    touch-action: none;
  }
  :host([editable]) svg.horizons {
    cursor: copy;
  }
  /* Where a new element will go, and where a dragged one lands: dashed, apart from selection (solid). */
  .workshop-marks circle {
    fill: var(--_background);
    stroke: var(--_text);
    stroke-width: 2;
    stroke-dasharray: 3 2;
  }
  .workshop-marks path,
  .drag-line {
    stroke: var(--_text);
    stroke-width: 1.6;
  }
  .drag-line {
    stroke-dasharray: 2 3;
  }
  .drag-date rect {
    fill: var(--_text);
  }
  .drag-date text {
    fill: var(--_background);
    font: 700 12px var(--_font);
  }
  .workshop-marks {
    pointer-events: none;
  }
`;
