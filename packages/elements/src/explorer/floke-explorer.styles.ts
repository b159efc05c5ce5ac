import { css } from 'lit';

/** The explorer: tabs on top, the view, and the detail panel beside it when there is room (below it when not). */
export const explorerStyles = css`
  :host {
    container-type: inline-size;
  }
  .tabs {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem;
    border-block-end: 1px solid var(--_border);
    margin-block-end: 0.75rem;
  }
  [role='tab'] {
    font: inherit;
    font-size: var(--_text-md);
    min-height: 2.25rem;
    padding: 0.25rem 0.75rem;
    border: 1px solid transparent;
    border-block-end: none;
    border-radius: var(--_radius) var(--_radius) 0 0;
    background: none;
    color: var(--_text);
    cursor: pointer;
  }
  /* The current tab by shape (a framed tab joined to the panel, with a thick underline), not by colour alone. */
  [role='tab'][aria-selected='true'] {
    border-color: var(--_border);
    background: var(--_background);
    font-weight: 700;
    box-shadow: inset 0 -3px 0 var(--_selection);
    margin-block-end: -1px;
  }
  .body {
    display: grid;
    gap: 1rem;
    grid-template-columns: minmax(0, 1fr);
  }
  @container (min-width: 60rem) {
    .body {
      grid-template-columns: minmax(0, 1fr) 20rem;
    }
  }
  .panels {
    position: relative;
    min-width: 0;
  }
  /* Views not shown keep their width and their layout, so showing them again is only a repaint; never seen, never read. */
  .panel.parked {
    position: absolute;
    inset-inline: 0;
    top: 0;
    height: 0;
    overflow: hidden;
    visibility: hidden;
  }
  .panel:focus {
    outline: none;
  }
  .panel:focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }
  .details {
    align-self: start;
    padding: 0.75rem;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    overflow-wrap: anywhere;
  }
  .details:focus {
    outline: none;
  }
  .details:focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }
  .details .h3 {
    font-size: var(--_text-lg);
    font-weight: 700;
    line-height: 1.3;
  }
  .details .h4 {
    font-weight: 700;
    margin-block-start: 0.75rem;
  }
  .details p,
  .details ul,
  .details dl {
    margin: 0.25rem 0;
  }
  .details ul {
    padding-inline-start: 1.25rem;
  }
  .details dl div {
    display: flex;
    gap: 0.5rem;
  }
  .details dt::after {
    content: ':';
  }
  .details dd {
    margin: 0;
  }
  .kind,
  .meta {
    color: var(--_text-subtle);
  }
  .details a {
    color: var(--_accent-text);
  }
  .link-button {
    font: inherit;
    padding: 0.125rem 0.25rem;
    min-height: 1.5rem;
    border: none;
    background: none;
    color: var(--_accent-text);
    text-decoration: underline;
    cursor: pointer;
  }
  .clear {
    font: inherit;
    margin-block-start: 0.75rem;
    padding: 0.25rem 0.75rem;
    min-height: 2rem;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_background);
    color: var(--_text);
    cursor: pointer;
  }
  .help {
    font-size: var(--_text-sm);
    color: var(--_text-subtle);
    margin: 0.75rem 0 0;
  }
`;
