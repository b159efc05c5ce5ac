import type { SectorColorKey } from '@floke/core';
import type { NetworkLayout } from '@floke/core/actor-network';
import { svg } from 'lit';
import type { NetworkMarks } from './network-marks.js';
import { symbolPathData } from './symbol-path.js';

export interface NetworkSvgState extends NetworkMarks {
  /** Resolved fill per sector (exports carry colours, not custom properties). */
  readonly sectorFill: Readonly<Record<SectorColorKey, string>>;
}

/** The whole network as SVG, for `toSVG()`/`toPNG()`: bands, ties, symbols and every label, as the canvas draws them. */
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
        return svg`<line class="tie" x1=${a.x} y1=${a.y} x2=${b.x} y2=${b.y} stroke-width=${Math.min(tie.weight, 3) * 0.9} stroke-opacity="0.6"></line>`;
      })}
    </g>
    ${layout.nodes.map((node, i) => {
      if (!state.visibleNodes[i]) return null;
      const sector = state.sectorOf[i]!;
      return svg`<g>
        ${
          state.isInitiative[i]
            ? svg`<circle class="initiative-ring" cx=${node.x} cy=${node.y} r=${node.radius - 1.5}></circle>`
            : svg`<path class="symbol" d=${symbolPathData(sector, node.x, node.y, node.radius)} fill=${state.sectorFill[sector]}></path>`
        }
        ${state.isBroker[i] ? svg`<circle class="broker-ring" cx=${node.x} cy=${node.y} r=${node.radius + 3.5}></circle>` : null}
        ${node.lines.map(
          (line, n) => svg`<text class="label" x=${node.x} y=${node.y + node.radius + 3 + 10 + n * 13} text-anchor="middle">${line}</text>`,
        )}
      </g>`;
    })}
  `;
}
