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
