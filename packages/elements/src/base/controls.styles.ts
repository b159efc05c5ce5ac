import { css } from 'lit';

/** Buttons, help text and the text-alternative disclosure, shared by the views. */
export const controlStyles = css`
  button {
    font: inherit;
    padding: 0.35rem 0.7rem;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_text);
    cursor: pointer;
  }
  button[aria-pressed='true'] {
    border-color: var(--_accent);
    box-shadow: inset 0 0 0 2px var(--_accent);
  }
  .help {
    color: var(--_text-subtle);
    font-size: 0.9em;
    margin: 0.4rem 0;
  }
  details.text-alternative {
    margin-top: 1rem;
  }
  details.text-alternative summary {
    cursor: pointer;
    font-weight: 700;
  }
`;
