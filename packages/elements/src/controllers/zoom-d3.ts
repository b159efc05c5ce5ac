// The d3 behind pan and zoom (d3-zoom, d3-selection and the d3-transition it brings), a chunk of its own: a view
// loads it with its document, so a page that only imports the element does not pay for it.
export { select } from 'd3-selection';
export { zoom, zoomIdentity } from 'd3-zoom';
