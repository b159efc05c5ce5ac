import { css } from 'lit';

/** The workshop toolbar and panel frame (`editable`): rows of controls that wrap, a refusal that stands out by border and words. */
export const workshopToolbarStyles = css`
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
  /* Nothing to undo or redo: told by a dashed border and a lighter face as well as by the disabled state itself. */
  .workshop button:disabled {
    border-style: dashed;
    opacity: 0.6;
    cursor: not-allowed;
  }
  .counts {
    font-weight: 700;
    margin-inline-end: auto;
  }
  .open-file input {
    max-width: 14rem;
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
  .draft-offer {
    border-inline-start: 4px solid var(--_accent);
    padding-inline-start: 0.5rem;
  }
`;
