import { html, nothing, type TemplateResult } from 'lit';

/**
 * The drawing's parts: the canvas under an SVG overlay (focus, highlight, names), and beside it the legend (which
 * filters sectors) above the panel's container.
 */
export function renderNetworkStage(state: {
  readonly narrow: boolean;
  readonly legend: TemplateResult;
  /** The overview level, drawn over the detailed drawing (which is then inert), and the way back from a group. */
  readonly overview?: TemplateResult | undefined;
  readonly back?: TemplateResult | undefined;
  readonly roleDescription: string;
  readonly label: string;
  readonly keydown: (event: KeyboardEvent) => void;
  readonly pointermove: (event: PointerEvent) => void;
  readonly pointerleave: () => void;
  readonly click: (event: MouseEvent) => void;
  /** Focus left the legend or the panel (beside the drawing). */
  readonly sideFocusout: () => void;
}) {
  // The viewport group and the panel are filled by `renderHighlightLayers`, the new-marks group by workshop mode.
  return html`<div class=${state.narrow ? 'layout narrow' : 'layout'}>
    <div class="stage" part="diagram">
      <canvas aria-hidden="true"></canvas>
      <svg
        class="overlay"
        ?inert=${state.overview !== undefined}
        role="group"
        aria-roledescription=${state.roleDescription}
        aria-label=${state.label}
        aria-describedby="keyboard-help"
        @keydown=${state.keydown}
        @pointermove=${state.pointermove}
        @pointerleave=${state.pointerleave}
        @click=${state.click}
      >
        <g class="viewport"></g>
        <g class="new-marks"></g>
      </svg>
      ${state.overview ?? nothing} ${state.back ?? nothing}
    </div>
    <div class="side" @focusout=${state.sideFocusout}>
      ${state.legend}
      <div class="panel-host"></div>
    </div>
  </div>`;
}
