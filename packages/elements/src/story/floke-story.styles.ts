import { css } from 'lit';

/** The story player: title, the step's caption and controls, then the view the step shows. */
export const storyStyles = css`
  :host {
    container-type: inline-size;
  }
  .title {
    margin: 0 0 0.25rem;
    font-size: var(--_text-lg);
  }
  .description {
    margin: 0 0 0.75rem;
    color: var(--_text-subtle);
  }
  .player {
    display: grid;
    gap: 0.5rem;
    border: 1px solid var(--_border);
    border-inline-start: 6px solid var(--_accent);
    border-radius: var(--_radius);
    padding: 0.75rem 1rem;
    margin-block-end: 1rem;
    background: var(--_surface);
  }
  .progress {
    margin: 0;
    font-weight: 700;
    font-size: var(--_text-sm);
  }
  .marks {
    display: flex;
    gap: 4px;
    align-items: center;
    margin: 0;
    padding: 0;
    list-style: none;
  }
  /* Done, current and ahead differ by shape (filled, tall, outlined), not by colour alone. */
  .marks li {
    flex: 1;
    height: 6px;
    border-radius: 3px;
    border: 1px solid var(--_text-subtle);
  }
  .marks li.done {
    background: var(--_text-subtle);
  }
  .marks li.current {
    height: 12px;
    background: var(--_accent);
    border-color: var(--_text);
  }
  .caption {
    margin: 0;
    font-size: var(--_text-md);
    line-height: 1.5;
    max-width: 70ch;
  }
  .step-enter {
    animation: story-enter calc(var(--_duration) * 2) ease-out;
  }
  @keyframes story-enter {
    from {
      opacity: 0;
      transform: translateY(4px);
    }
  }
  /* Reduced motion: a step simply appears. */
  @media (prefers-reduced-motion: reduce) {
    .step-enter {
      animation: none;
    }
  }
  .controls {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
    align-items: center;
  }
  button {
    font: inherit;
    min-height: 2.25rem;
    padding: 0.25rem 0.9rem;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_background);
    color: var(--_text);
    cursor: pointer;
  }
  /* At either end the button stays focusable (focus never drops to <body>) and says it is unavailable. */
  button[aria-disabled='true'] {
    cursor: default;
    border-style: dashed;
    color: var(--_text-subtle);
  }
  button:focus-visible,
  a:focus-visible,
  summary:focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }
  .step-link {
    color: var(--_accent-text);
    margin-inline-start: auto;
  }
  .sources {
    font-size: var(--_text-sm);
  }
  .sources ul {
    margin: 0.25rem 0 0;
    padding-inline-start: 1.25rem;
  }
  .help {
    font-size: var(--_text-sm);
    color: var(--_text-subtle);
  }
  .status {
    margin: 0;
  }
`;
