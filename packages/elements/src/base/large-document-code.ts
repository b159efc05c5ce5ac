// What only large documents need (preparing in the Worker, its progress and Cancel, the "showing part" line), a chunk
// of its own: loaded with a document above LARGE_DOCUMENT_ITEMS, or a model drawn in part (`scope`).
export { prepareLargeModel, PreparingCancelled } from './model-client.js';
export { renderCancelled, renderPreparing, renderScope } from './large-document.js';
