import { css } from 'lit';
import { workshopStyles } from '../base/workshop.styles.js';

/** The loop view's workshop panel (`editable`): the shared rows, then the factor's fieldset and its links. */
export const workshopPanelStyles = [
  workshopStyles,
  css`
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
  `,
];
