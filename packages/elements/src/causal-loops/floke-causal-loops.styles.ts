import { css } from 'lit';
import { selectionBadgeStyles } from '../base/selection-badge.js';

/** Rules for the SVG drawing alone; also embedded in `toSVG()` exports, with colours resolved. */
export const diagramStyles = css`
  ${selectionBadgeStyles}
  .link-line {
    fill: none;
    stroke: var(--_text-subtle);
    stroke-width: 1.6;
  }
  .link.negative .link-line,
  .link.negative .link-core {
    stroke-dasharray: 7 4;
  }
  /* Inferred: a hollow line (two thin strokes around a background core) and a "?" badge; the dash still means −. */
  .link.inferred .link-line {
    stroke-width: 4.4;
  }
  .link-core {
    fill: none;
    stroke: var(--_background);
    stroke-width: 2;
  }
  .evidence-mark circle {
    fill: var(--_background);
    stroke: var(--_text-subtle);
    stroke-width: 1.4;
    stroke-dasharray: 2.5 1.5;
  }
  .evidence-mark text {
    fill: var(--_text);
    font: 700 12px var(--_font);
  }
  .arrow {
    fill: var(--_text-subtle);
  }
  .delay line {
    stroke: var(--_text-subtle);
    stroke-width: 2;
  }
  .glyph circle {
    fill: var(--_background);
    stroke: var(--_text-subtle);
    stroke-width: 1.4;
  }
  .glyph text {
    fill: var(--_text);
    font: 700 15px var(--_font);
  }
  /* Parallel links drawn as one: how many relations the link stands for. */
  .glyph text.bundle-count {
    font: 700 12px var(--_font);
    paint-order: stroke;
    stroke: var(--_background);
    stroke-width: 3px;
  }
  /* The sign is the + or − in the ring and the line's dash; the ring's colour repeats it. */
  .link.positive .glyph circle {
    stroke: var(--_positive);
  }
  .link.negative .glyph circle {
    stroke: var(--_negative);
  }
  /* The highlighted loop: heavier, in its kind's hue (R or B, also written in its marker and card). */
  .link.in-loop .link-line,
  .link.in-loop .delay line {
    stroke: var(--_accent);
    stroke-width: 4;
  }
  .link.in-loop .arrow {
    fill: var(--_accent);
  }
  .link.inferred.in-loop .link-line {
    stroke-width: 6.4;
  }
  .link.inferred.in-loop .link-core {
    stroke-width: 2.4;
  }
  .link.in-loop .evidence-mark circle {
    stroke: var(--_accent);
  }
  .link.in-loop .glyph circle {
    stroke: var(--_accent);
    stroke-width: 2.4;
  }
  .loop-R .link.in-loop .link-line,
  .loop-R .link.in-loop .delay line,
  .loop-R .link.in-loop .evidence-mark circle,
  .loop-R .link.in-loop .glyph circle,
  .loop-R .node.in-loop .node-box {
    stroke: var(--_reinforcing);
  }
  .loop-R .link.in-loop .arrow {
    fill: var(--_reinforcing);
  }
  .loop-B .link.in-loop .link-line,
  .loop-B .link.in-loop .delay line,
  .loop-B .link.in-loop .evidence-mark circle,
  .loop-B .link.in-loop .glyph circle,
  .loop-B .node.in-loop .node-box {
    stroke: var(--_balancing);
  }
  .loop-B .link.in-loop .arrow {
    fill: var(--_balancing);
  }
  /* A loop tour: the current link twice as heavy and its factors' outlines doubled; the rest of the loop recedes. */
  .link.tour-current .link-line,
  .link.tour-current .delay line {
    stroke-width: 7;
  }
  .link.inferred.tour-current .link-line {
    stroke-width: 10;
  }
  .link.inferred.tour-current .link-core {
    stroke-width: 4;
  }
  .node.tour-current .node-box {
    stroke-width: 5;
  }
  /* The rest of the toured loop: its links recede, its factors keep a thin outline and full-strength labels. */
  .link.tour-rest {
    opacity: 0.45;
  }
  .node.tour-rest .node-box {
    stroke-width: 1.5;
  }
  /* A selected factor keeps its selection ring inside a highlighted loop too. */
  .diagram .node.selected .node-box {
    stroke: var(--_selection);
  }
  /* Focus mode: what is not about the hovered, focused or selected factor (or the highlighted loop) fades. */
  .focus-mode .faded {
    opacity: 0.15;
  }
  @media (forced-colors: active) {
    /* System colours have no lighter shade; fade less so the rest stays legible when looked for. */
    .focus-mode .faded {
      opacity: 0.35;
    }
  }
  /* Dimmed, but still at 3:1 (lines) and 4.5:1 (text): emphasis by weight and colour, not by fading away. */
  .link.dimmed .link-line,
  .link.dimmed .delay line {
    stroke: var(--_border);
    stroke-width: 1.1;
  }
  .link.dimmed .arrow {
    fill: var(--_border);
  }
  .link.dimmed .glyph circle,
  .link.dimmed .evidence-mark circle {
    stroke: var(--_border);
  }
  .link.inferred.dimmed .link-line {
    stroke-width: 3.6;
  }
  .link.inferred.dimmed .link-core {
    stroke-width: 1.6;
  }
  .node-box {
    fill: var(--_surface);
    stroke: var(--_border);
    stroke-width: 1.2;
  }
  /* 14 px, or larger as the reader's root font size asks (WCAG 1.4.4): the layout measured at the same size. */
  .node-label {
    fill: var(--_text);
    font: max(14px, 0.875rem) var(--_font);
  }
  .node.in-loop .node-box {
    stroke: var(--_accent);
    stroke-width: 3;
  }
  /* Workshop mode: "NEW" in words on a filled tag (12 px, text on surface contrast as labels). */
  .new-badge rect {
    fill: var(--_text);
  }
  .new-badge text {
    fill: var(--_background);
    font: 700 12px var(--_font);
  }
  .node.match .node-box {
    stroke: var(--_accent);
    stroke-width: 2.5;
    stroke-dasharray: 4 2;
  }
  .node.selected .node-box {
    stroke: var(--_selection);
    stroke-width: 3.5;
  }
  /* Related to a selection made elsewhere: dotted, apart from selection (solid) and focus (dashed). */
  .related-ring {
    fill: none;
    stroke: var(--_text);
    stroke-width: 2.5;
    stroke-dasharray: 0.5 4;
    stroke-linecap: round;
  }
  /* Labels keep their measured weight (bold would overflow the box); emphasis is the box outline. */
  .node.in-loop .node-box,
  .node.selected .node-box {
    fill: var(--_background);
  }
  .node.dimmed .node-box {
    fill: var(--_background);
  }
  .marker-face {
    fill: var(--_background);
    stroke: var(--_text-subtle);
    stroke-width: 1.4;
  }
  .marker-turn,
  .marker-head {
    fill: none;
    stroke: var(--_text-subtle);
    stroke-width: 1.6;
  }
  .marker text {
    fill: var(--_text);
    font: 700 12px var(--_font);
  }
  /* R or B is written in the marker; the colour repeats it. */
  .marker.R .marker-face,
  .marker.R .marker-turn,
  .marker.R .marker-head {
    stroke: var(--_reinforcing);
  }
  .marker.B .marker-face,
  .marker.B .marker-turn,
  .marker.B .marker-head {
    stroke: var(--_balancing);
  }
  .marker.in-loop .marker-face,
  .marker.in-loop .marker-turn,
  .marker.in-loop .marker-head {
    stroke-width: 3;
  }
  .marker.dimmed .marker-face,
  .marker.dimmed .marker-turn,
  .marker.dimmed .marker-head {
    stroke: var(--_border);
  }
`;

export const causalLoopsStyles = css`
  :host {
    --floke-cld-height: 36rem;
  }
  .layout {
    display: grid;
    grid-template-columns: minmax(0, 1fr) minmax(14rem, 20rem);
    gap: var(--_space);
    align-items: start;
  }
  .layout.narrow {
    grid-template-columns: minmax(0, 1fr);
  }
  .stage {
    position: relative;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_background);
    overflow: hidden;
  }
  svg.diagram {
    display: block;
    width: 100%;
    /* Height: the drawing's own (its height attribute, at 1:1), up to this; beyond it the reader pans. */
    max-height: min(var(--floke-cld-height), 85vh);
    min-height: 16rem;
    touch-action: none;
    cursor: grab;
  }
  .node {
    cursor: pointer;
  }
  /* On screen only (not in exports): marks fade in and out of focus mode. */
  .faded {
    transition: opacity var(--_duration);
  }
  input[type='search'] {
    font: inherit;
    padding: 0.35rem 0.5rem;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_background);
    color: var(--_text);
    min-width: 14rem;
  }
  .status {
    color: var(--_text-subtle);
    font-size: 0.9em;
    margin: 0.25rem 0;
  }
  .legend li {
    display: flex;
    align-items: center;
    gap: 0.4rem;
  }
  .legend svg {
    flex: none;
  }
  .legend .inferred-line {
    stroke-width: 4.4;
  }
  .side {
    display: grid;
    gap: var(--_space);
    align-content: start;
    min-width: 0;
    /* Long compounds ("tverrsektorielt") break rather than push the panel into sideways scrolling at 400 % zoom. */
    overflow-wrap: anywhere;
  }
  .act {
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: 0.75rem;
  }
  .act-heading {
    font-weight: 700;
    margin: 0 0 0.25rem;
  }
  .act-intro,
  .act-subheading {
    margin: 0 0 0.5rem;
  }
  .act-subheading {
    font-weight: 700;
    margin-top: 0.75rem;
  }
  .levers,
  .outcomes {
    margin: 0;
    padding: 0 0 0 1.6em;
    display: grid;
    gap: 0.4rem;
  }
  .outcomes {
    list-style: none;
    padding: 0;
  }
  .lever,
  .outcome {
    display: block;
    width: 100%;
    text-align: left;
    background: var(--_background);
  }
  .lever-name {
    font-weight: 700;
  }
  .lever-sentence,
  .lever-scores {
    display: block;
  }
  .lever-scores {
    color: var(--_text-subtle);
    font-size: 0.88em;
  }
  .more-levers {
    margin-top: 0.4rem;
  }
  .more-levers summary {
    cursor: pointer;
    margin-bottom: 0.4rem;
  }
  .hypothesis-mark {
    display: inline-block;
    min-width: 1.2em;
    margin-right: 0.2em;
    border: 1.5px dashed currentColor;
    border-radius: 50%;
    text-align: center;
    font-weight: 700;
    line-height: 1.15;
  }
  .loop-evidence {
    display: block;
    font-size: 0.88em;
  }
  .loop-evidence.hypothesised {
    font-weight: 700;
  }
  .panel {
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: 0.75rem;
    max-height: calc(var(--floke-cld-height) + 3rem);
    overflow: auto;
  }
  .panel-heading {
    font-weight: 700;
    margin: 0 0 0.5rem;
  }
  .loops {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    gap: 0.4rem;
  }
  .loop-button {
    display: block;
    width: 100%;
    text-align: left;
    background: var(--_background);
  }
  .loop-code {
    display: inline-block;
    min-width: 2.2em;
    font-weight: 700;
  }
  .text-alternative .heading-section {
    font-size: 1em;
    margin: 0.75rem 0 0.25rem;
  }
`;
