import { css } from 'lit';

/** The workshop panel (`editable`): rows of controls that wrap, a refusal that stands out by border and words. */
export const workshopPanelStyles = css`
  .workshop {
    display: grid;
    gap: 0.5rem;
    padding: 0.5rem 0;
  }
  .workshop-row {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.4rem 0.6rem;
    margin: 0;
  }
  .workshop input,
  .workshop select,
  .workshop button {
    font: inherit;
  }
  .workshop select {
    max-width: 22rem;
  }
  .counts {
    font-weight: 700;
    margin-inline-end: auto;
  }
  .open-file input {
    max-width: 14rem;
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
  .refusal {
    border: 2px solid var(--_text);
    border-inline-start-width: 6px;
    border-radius: 4px;
    padding: 0.25rem 0.75rem;
  }
  .refusal p {
    font-weight: 700;
    margin: 0.25rem 0;
  }
  .refusal ul {
    margin: 0.25rem 0;
    padding-inline-start: 1.2rem;
  }
  .draft-offer,
  .link-draft {
    border-inline-start: 4px solid var(--_accent);
    padding-inline-start: 0.5rem;
  }
  :host([editable]) .node {
    cursor: grab;
    touch-action: none;
  }
`;
