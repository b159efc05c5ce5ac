// Workshop mode's code, loaded only when an iceberg becomes `editable`: the editor brings the validator and the JSON
// Patch library, and the panel and its texts in three languages, none of which a page that only shows needs.
export { DocumentEditor } from '../controllers/document-editor.js';
export { IcebergWorkshop } from './iceberg-workshop.js';
export { renderIcebergWorkshopPanel } from './iceberg-workshop-panel.js';
