/** Import and export with the formats people already keep: Kumu JSON, GraphML, GEXF and CSV sheets. */
export { importCsv, exportCsv, parseCsv } from './csv.js';
export { importGraphml, exportGraphml } from './graphml.js';
export { importGexf, exportGexf } from './gexf.js';
export { importKumu, exportKumu } from './kumu.js';
export { formatReport, type InterchangeReport, type UnmappedField } from './report.js';
export { type ColumnMapping, type Row } from './table-import.js';
