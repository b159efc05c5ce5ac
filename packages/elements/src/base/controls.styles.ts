import { css } from 'lit';

/** Buttons, legends, help text and the text-alternative disclosure, shared by the views. */
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
  /*
   * Forced colours drop the inset shadow: a pressed button takes the system's selection colours instead, its text
   * too (important: its parts have their own subtle colours, which would be unreadable on SelectedItem).
   */
  @media (forced-colors: active) {
    button[aria-pressed='true'] {
      forced-color-adjust: none;
      background: SelectedItem;
      border-color: SelectedItem;
    }
    button[aria-pressed='true'],
    button[aria-pressed='true'] * {
      color: SelectedItemText !important;
      border-color: SelectedItemText;
    }
  }
  .legend {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem 1.25rem;
    margin: 0.5rem 0 0;
    padding: 0;
    list-style: none;
    font-size: 0.9em;
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
