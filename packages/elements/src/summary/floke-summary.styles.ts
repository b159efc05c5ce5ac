import { css } from 'lit';

export const summaryStyles = css`
  :host {
    padding: var(--_space);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    container-type: inline-size;
  }
  .h2,
  .h3 {
    margin: 0 0 0.4em;
    line-height: 1.25;
    font-weight: 700;
  }
  .h2 {
    font-size: 1.35em;
  }
  .h3 {
    font-size: 1.05em;
    margin-top: 1em;
  }
  p {
    margin: 0 0 0.75em;
  }
  .updated,
  .loading {
    color: var(--_text-subtle);
  }
  .counts {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(7.5em, 1fr));
    gap: 0.5em;
    margin: 0;
  }
  .count {
    padding: 0.5em 0.75em;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
  }
  .count dt {
    color: var(--_text-subtle);
    font-size: 0.9em;
  }
  .count dd {
    margin: 0;
    font-size: 1.4em;
    font-weight: 600;
    font-variant-numeric: tabular-nums;
  }
  .card-section {
    margin: 0 0 0.75em;
  }
  .headlines {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(min(100%, 16em), 1fr));
    gap: 0.5em;
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .headline {
    display: grid;
    gap: 0.25em;
    align-content: start;
    padding: 0.6em 0.75em;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
  }
  .headline-label {
    font-weight: 600;
  }
  .headline-figures {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25em 1.25em;
    margin: 0;
  }
  .headline-figures dt,
  .when,
  .subtle {
    color: var(--_text-subtle);
    font-size: var(--_text-sm);
  }
  .headline-figures dd {
    margin: 0;
  }
  .headline-value {
    font-size: 1.3em;
    overflow-wrap: anywhere;
    font-weight: 700;
    font-variant-numeric: tabular-nums;
  }
  .headline-trend {
    font-size: var(--_text-sm);
  }
  .headline-trend.wrong-way {
    color: var(--_danger-text);
    font-weight: 600;
  }
  .insight-list {
    margin: 0 0 0.25em;
    padding-left: 1.5em;
  }
  .insight-list li {
    margin: 0 0 0.25em;
  }
  p.subtle {
    margin: 0 0 0.5em;
  }
  a {
    color: var(--_accent-text);
  }
  footer {
    margin-top: 1em;
    padding-top: 0.75em;
    border-top: 1px solid var(--_border);
  }
  .calm-problem {
    color: var(--_text-subtle);
  }
  ul.views {
    margin: 0;
    padding-left: 1.25em;
  }
  table {
    border-collapse: collapse;
    width: 100%;
  }
  th,
  td {
    text-align: left;
    padding: 0.3em 0.5em 0.3em 0;
    border-bottom: 1px solid var(--_border);
    vertical-align: top;
  }
  td.value {
    font-variant-numeric: tabular-nums;
    white-space: nowrap;
  }
  @container (max-width: 30em) {
    table,
    tbody,
    tr,
    th,
    td {
      display: block;
    }
    thead {
      display: none;
    }
    td.value {
      white-space: normal;
    }
  }
`;
