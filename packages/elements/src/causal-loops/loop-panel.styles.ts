import { css } from 'lit';

/** The loop cards' R/B edge and ring drawings, the loop stepper and the panel's pager. */
export const loopPanelStyles = css`
  /* R or B: the code says it, the card's edge repeats it in the kind's hue. */
  .loop-button.R {
    border-left: 5px solid var(--_reinforcing);
  }
  .loop-button.B {
    border-left: 5px solid var(--_balancing);
  }
  .loops li.with-ring {
    display: grid;
    grid-template-columns: auto minmax(0, 1fr);
    gap: 0.5rem;
    align-items: start;
  }
  .loop-ring {
    flex: none;
  }
  .ring-arc {
    fill: none;
    stroke: var(--_text-subtle);
    stroke-width: 1.6;
  }
  .ring-link.negative .ring-arc {
    stroke-dasharray: 5 3;
  }
  .loop-ring.R .ring-arc {
    stroke: var(--_reinforcing);
  }
  .loop-ring.B .ring-arc {
    stroke: var(--_balancing);
  }
  .ring-head {
    fill: var(--_text-subtle);
  }
  .ring-sign,
  .ring-member text {
    fill: var(--_text);
    font: 700 12px var(--_font);
  }
  .ring-sign {
    font-size: 14px;
  }
  .ring-member circle {
    fill: var(--_surface);
    stroke: var(--_border);
    stroke-width: 1.2;
  }
  .stepper {
    display: grid;
    grid-template-columns: 1fr 1fr;
    gap: 0.5rem;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: 0.75rem;
  }
  .step-status {
    grid-column: 1 / -1;
    grid-row: 1;
    margin: 0;
    font-weight: 700;
    overflow-wrap: anywhere;
  }
  .step-status.R {
    border-left: 5px solid var(--_reinforcing);
    padding-left: 0.5rem;
  }
  .step-status.B {
    border-left: 5px solid var(--_balancing);
    padding-left: 0.5rem;
  }
  .pager {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
    align-items: center;
    margin-top: 0.5rem;
  }
  .page-status {
    flex: 1;
    text-align: center;
  }
  .loop-path {
    display: block;
    color: var(--_text-subtle);
    font-size: 0.88em;
    overflow-wrap: anywhere;
  }
  .tour-button {
    margin-top: 0.25rem;
  }
  .with-ring .tour-button {
    grid-column: 2;
  }
  .tour {
    display: grid;
    grid-template-columns: 1fr 1fr;
    gap: 0.5rem;
    border: 2px solid var(--_text);
    border-radius: var(--_radius);
    padding: 0.75rem;
  }
  .tour.R {
    border-left: 6px solid var(--_reinforcing);
  }
  .tour.B {
    border-left: 6px solid var(--_balancing);
  }
  .tour-title,
  .tour-status {
    grid-column: 1 / -1;
    margin: 0;
    overflow-wrap: anywhere;
  }
  .tour-status {
    font-weight: 700;
  }
  .tour-end {
    grid-column: 1 / -1;
  }
`;
