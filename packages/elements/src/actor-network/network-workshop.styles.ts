import { css } from 'lit';

/** "NY" in words on a filled tag: 12 px, text on surface contrast as labels have. */
export const newTagStyles = css`
  .new-badge {
    pointer-events: none;
  }
  .new-badge rect {
    fill: var(--_text);
  }
  .new-badge text {
    fill: var(--_background);
    font: 700 12px var(--_font);
  }
  @media (forced-colors: active) {
    .new-badge rect {
      fill: CanvasText;
    }
    .new-badge text {
      fill: Canvas;
    }
  }
`;

/** The network's workshop panel beyond the shared rows: the edits of the selected node and the list of tie targets. */
export const networkWorkshopStyles = [
  newTagStyles,
  css`
    /* Narrow views: a long name in a select or a label wraps or narrows instead of widening the page. */
    .workshop,
    .node-edits,
    .tie-draft {
      grid-template-columns: minmax(0, 1fr);
    }
    .workshop label {
      display: inline-flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 0.3rem;
      max-width: 100%;
      min-width: 0;
    }
    .workshop select,
    .workshop input {
      max-width: 100%;
      min-width: 0;
    }
    .node-edits {
      border: 1px solid var(--_border);
      border-radius: 6px;
      display: grid;
      gap: 0.4rem;
      margin: 0;
      min-width: 0;
    }
    .tie-edits,
    .tie-targets {
      list-style: none;
      margin: 0;
      padding: 0;
      display: flex;
      flex-wrap: wrap;
      gap: 0.3rem 0.6rem;
    }
    .tie-edits {
      display: grid;
    }
    .tie-edit {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 0.3rem 0.6rem;
    }
    .tie-name {
      font-weight: 600;
    }
    .tie-targets {
      max-height: 12rem;
      overflow-y: auto;
    }
    .tie-draft {
      border-inline-start: 4px solid var(--_accent);
      padding-inline-start: 0.5rem;
      display: grid;
      gap: 0.4rem;
    }
    .tie-draft .kind {
      font-weight: 400;
    }
  `,
];
