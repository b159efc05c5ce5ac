import type { CldLayout } from '@floke/core';
import { html } from 'lit';
import { renderDiagram, type DiagramState } from './render-diagram.js';

/** The drawing's frame: its name, state classes and the handlers the view listens with. */
export interface StageState {
  readonly className: string;
  readonly label: string;
  readonly roleDescription: string;
  readonly keydown: (event: KeyboardEvent) => void;
  readonly click: (event: MouseEvent) => void;
  readonly pointerOver: (event: Event) => void;
  readonly pointerLeave: () => void;
  /** Workshop mode: dragging a factor (see `WorkshopController`). */
  readonly pointerDown?: (event: PointerEvent) => void;
  readonly pointerMove?: (event: PointerEvent) => void;
  readonly pointerUp?: (event: PointerEvent) => void;
  readonly pointerCancel?: (event: PointerEvent) => void;
  /** Focus is heard on the stage around the drawing (see `FactorFocusController`). */
  readonly focusChange: (event: FocusEvent) => void;
}

/** The stage: the SVG drawing (a group of focusable factors) in its pan/zoom viewport. */
export function renderDiagramStage(layout: CldLayout, diagram: DiagramState, stage: StageState) {
  return html`<div class="stage" @focusin=${stage.focusChange} @focusout=${stage.focusChange}>
    <svg
      class=${stage.className}
      part="diagram"
      height=${layout.height}
      role="group"
      aria-roledescription=${stage.roleDescription}
      aria-label=${stage.label}
      aria-describedby="keyboard-help"
      @keydown=${stage.keydown}
      @click=${stage.click}
      @pointerdown=${stage.pointerDown}
      @pointermove=${stage.pointerMove}
      @pointerup=${stage.pointerUp}
      @pointercancel=${stage.pointerCancel}
      @pointerover=${stage.pointerOver}
      @pointerleave=${stage.pointerLeave}
    >
      <g class="viewport">${renderDiagram(layout, diagram)}</g>
    </svg>
  </div>`;
}
