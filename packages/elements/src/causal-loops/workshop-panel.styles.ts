import { css } from 'lit';

/** The causal-loop workshop's own controls (`editable`); the toolbar's rows are `workshopToolbarStyles`. */
export const workshopPanelStyles = css`
  /* Long names (a link's two factors, a source's title) shrink their field rather than widen the page at 360 px. */
  .workshop select {
    max-width: 22rem;
  }
  .workshop-row > label,
  .link-edit > label {
    display: inline-flex;
    align-items: center;
    gap: 0.3rem;
    max-width: 100%;
    min-width: 0;
  }
  .workshop-row > label > select,
  .workshop-row > label > input,
  .link-edit > label > select {
    flex: 0 1 auto;
    min-width: 0;
  }
  /* A fieldset and a grid item are at least as wide as their widest select by default: let them shrink instead. */
  .workshop > *,
  .factor-edits,
  .factor-edits > *,
  .link-edits > * {
    min-inline-size: 0;
  }
  .factor-edits {
    border: 1px solid var(--_border);
    border-radius: 6px;
    display: grid;
    gap: 0.4rem;
    margin: 0;
  }
  .link-edits {
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
  .link-name {
    font-weight: 600;
  }
  .link-draft {
    border-inline-start: 4px solid var(--_accent);
    padding-inline-start: 0.5rem;
  }
  :host([editable]) .node {
    cursor: grab;
    touch-action: none;
  }
`;

/** Marks of workshop mode in the drawing: note badges, the link handle and the rubber band of a link being dragged. */
export const workshopMarkStyles = css`
  .note-badge {
    pointer-events: none;
  }
  .note-badge rect {
    fill: var(--_background);
    stroke: var(--_text);
    stroke-width: 1.5;
  }
  .note-badge text {
    fill: var(--_text);
    font: 700 12px var(--_font);
  }
  .link-handle {
    cursor: crosshair;
    touch-action: none;
  }
  .link-handle-hit {
    fill: transparent;
  }
  .link-handle-disc {
    fill: var(--_background);
    stroke: var(--_accent);
    stroke-width: 2;
  }
  .link-handle path {
    fill: none;
    stroke: var(--_text);
    stroke-width: 2;
    stroke-linecap: round;
    stroke-linejoin: round;
  }
  .rubber-band {
    stroke: var(--_accent);
    stroke-width: 2.5;
    stroke-dasharray: 6 4;
    pointer-events: none;
  }
`;
