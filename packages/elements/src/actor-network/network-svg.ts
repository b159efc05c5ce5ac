import type { SectorColorKey } from '@floke/core';
import { NETWORK_NODE_METRICS as m, type NetworkLayout } from '@floke/core/actor-network';
import { render, svg } from 'lit';
import type { NetworkMarks } from './network-marks.js';
import { strikeLine } from './paint-network.js';
import { PAST_TIE_WIDTH } from './tie-layer.js';
import { initiativePathData, symbolPathData } from './symbol-path.js';

export interface NetworkSvgState extends NetworkMarks {
  /** Resolved fill per sector (exports carry colours, not custom properties). */
  readonly sectorFill: Readonly<Record<SectorColorKey, string>>;
}

/** `renderNetworkSvg` rendered into a detached `<svg>` element, for the export. */
export function networkSvgElement(layout: NetworkLayout, state: NetworkSvgState): SVGSVGElement {
  const element = document.createElementNS('http://www.w3.org/2000/svg', 'svg');
  render(renderNetworkSvg(layout, state), element);
  return element;
}

/**
 * The whole network as SVG, for `toSVG()`/`toPNG()`: bands, ties, symbols and every label, as the canvas draws them
 * (past ties thinner and fainter, former actors hollow and struck through).
 */
export function renderNetworkSvg(layout: NetworkLayout, state: NetworkSvgState) {
  return svg`
    ${layout.bands.map(
      (band, i) => svg`
        ${i % 2 === 1 ? svg`<rect class="band" x="0" y=${band.top} width=${layout.width} height=${band.height}></rect>` : null}
        <text class="band-name" x="6" y=${band.top + 14}>${state.bandNames[i]}</text>`,
    )}
    <g>
      ${layout.ties.map((tie, i) => {
        if (!state.visibleTies[i]) return null;
        const a = layout.nodes[tie.source]!;
        const b = layout.nodes[tie.target]!;
        return state.historicTies[i]
          ? svg`<line class="tie past" x1=${a.x} y1=${a.y} x2=${b.x} y2=${b.y} stroke-width=${PAST_TIE_WIDTH}></line>`
          : svg`<line class="tie" x1=${a.x} y1=${a.y} x2=${b.x} y2=${b.y} stroke-width=${Math.min(tie.weight, 3) * 0.9} stroke-opacity="0.6"></line>`;
      })}
    </g>
    ${layout.nodes.map((node, i) => {
      if (!state.visibleNodes[i]) return null;
      const sector = state.sectorOf[i]!;
      const strike = state.formerNodes[i] ? strikeLine(node) : undefined;
      return svg`<g>
        ${
          state.isInitiative[i]
            ? svg`<path class="initiative-mark" d=${initiativePathData(node.x, node.y, node.radius - 1.5)}></path>`
            : strike
              ? svg`<path class=${`symbol former sector-${sector}`} d=${symbolPathData(sector, node.x, node.y, node.radius - 1)}></path>`
              : svg`<path class="symbol" d=${symbolPathData(sector, node.x, node.y, node.radius)} fill=${state.sectorFill[sector]}></path>`
        }
        ${strike ? svg`<line class="strike" x1=${strike.x0} y1=${strike.y0} x2=${strike.x1} y2=${strike.y1}></line>` : null}
        ${state.isBroker[i] ? svg`<circle class="broker-ring" cx=${node.x} cy=${node.y} r=${node.radius + 3.5}></circle>` : null}
        ${node.lines.map(
          (line, n) =>
            svg`<text class="label" x=${node.x} y=${node.y + node.radius + m.labelGap + m.labelAscent + n * m.lineHeight} text-anchor="middle">${line}</text>`,
        )}
      </g>`;
    })}
  `;
}
