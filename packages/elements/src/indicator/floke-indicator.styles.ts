import { css } from 'lit';

export const indicatorStyles = css`
  :host {
    padding: var(--_space);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    container-type: inline-size;
  }
  figure {
    margin: 0;
  }
  .heading {
    margin: 0 0 0.5em;
    font-size: var(--_text-lg);
    font-weight: 700;
    line-height: 1.25;
  }
  .figures {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em 1.5em;
    margin: 0 0 0.5em;
  }
  .figure {
    display: grid;
    margin: 0;
  }
  .figure dt {
    color: var(--_text-subtle);
    font-size: var(--_text-sm);
  }
  .figure dd {
    margin: 0;
  }
  .figure .value {
    font-size: 1.6em;
    font-weight: 700;
    font-variant-numeric: tabular-nums;
    line-height: 1.2;
  }
  .figure .when {
    color: var(--_text-subtle);
    font-size: var(--_text-sm);
    margin-left: 0.4em;
  }
  .trend {
    margin: 0 0 0.5em;
    font-size: var(--_text-sm);
  }
  .trend .glyph {
    font-weight: 700;
  }
  .trend.wrong-way .trend-words {
    color: var(--_danger-text);
    font-weight: 600;
  }
  .trend.toward-target .trend-words {
    font-weight: 600;
  }
  .better {
    color: var(--_text-subtle);
  }
  .chart-box {
    overflow-x: auto;
  }
  .chart {
    display: block;
    overflow: visible;
  }
  .chart .baseline {
    stroke: var(--_border);
    stroke-width: 1;
  }
  .chart .line {
    fill: none;
    stroke: var(--_accent);
    stroke-width: 2.5;
  }
  .chart .measurement {
    fill: var(--_accent);
    stroke: var(--_background);
    stroke-width: 1.5;
  }
  .chart .target {
    fill: var(--_background);
    stroke: var(--_text);
    stroke-width: 2;
  }
  .chart .to-target {
    fill: none;
    stroke: var(--_text-subtle);
    stroke-width: 1.5;
    stroke-dasharray: 4 4;
  }
  .chart text {
    fill: var(--_text);
    font-family: var(--_font);
    font-variant-numeric: tabular-nums;
  }
  .chart .date-label {
    fill: var(--_text-subtle);
  }
  .legend {
    display: flex;
    gap: 1em;
    margin: 0.25em 0 0.5em;
    padding: 0;
    list-style: none;
    font-size: var(--_text-sm);
    color: var(--_text-subtle);
  }
  .legend svg {
    vertical-align: -2px;
    margin-right: 0.3em;
  }
  .legend-dot {
    fill: var(--_accent);
  }
  .legend-target {
    fill: none;
    stroke: var(--_text);
    stroke-width: 2;
  }
  .sentence {
    margin: 0 0 0.5em;
  }
  .source {
    margin: 0;
    font-size: var(--_text-sm);
    color: var(--_text-subtle);
  }
  a {
    color: var(--_accent-text);
  }
  details {
    margin: 0 0 0.5em;
    font-size: var(--_text-sm);
  }
  table {
    border-collapse: collapse;
  }
  th,
  td {
    text-align: left;
    padding: 0.2em 1em 0.2em 0;
    border-bottom: 1px solid var(--_border);
    font-variant-numeric: tabular-nums;
  }
  .calm-problem,
  .status {
    margin: 0 0 0.5em;
    color: var(--_text-subtle);
  }
`;
