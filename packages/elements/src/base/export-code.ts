// The export's code (toSVG, toPNG, the download buttons): core's SVG writer and the image helpers, a chunk of its own
// that a view loads after its first draw and before `floke-ready` (see FlokeView.readyChunks).
export { standaloneSvg } from '@floke/core';
export { downloadBlob, downloadFile, hostThemeVariables, svgToPng, withoutXmlIllegalCharacters } from './export-image.js';
