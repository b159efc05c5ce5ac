import { css } from 'lit';

export const problemSummaryStyles = css`
  .problems {
    margin: 0 0 var(--_space);
    padding: calc(var(--_space) * 0.75) var(--_space);
    border: 2px solid var(--_danger-text);
    border-radius: var(--_radius);
    background: var(--_danger-surface);
    color: var(--_text);
  }
  .problems.has-warnings {
    border-color: var(--_warning-text);
    background: var(--_warning-surface);
  }
  .problems-heading {
    margin: 0 0 0.25em;
    font-size: 1.05em;
    font-weight: 700;
  }
  .problems-intro {
    margin: 0 0 0.5em;
  }
  .problems-list {
    margin: 0;
    padding-left: 1.25em;
    max-height: 16em;
    overflow: auto;
  }
  .problem {
    overflow-wrap: anywhere;
  }
  .problem.error .problem-severity {
    color: var(--_danger-text);
  }
  .problem.warning .problem-severity {
    color: var(--_warning-text);
  }
  .problem-code {
    margin-left: 0.5em;
    font-size: 0.85em;
    color: var(--_text-subtle);
  }
`;
