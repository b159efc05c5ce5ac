import Papa from 'papaparse';
import { ELEMENT_FIELDS, RELATION_FIELDS, flatten } from './fields.js';
import { DOCUMENT_FIELDS } from './document-fields.js';
import { documentFromRows, type ColumnMapping, type Row } from './table-import.js';
import type { InterchangeReport } from './report.js';

type Json = Record<string, unknown>;

/** Parses CSV text with a header row (papaparse: quoted fields, embedded newlines, `,` or `;` detected). */
export function parseCsv(text: string): Row[] {
  const result = Papa.parse<Record<string, string>>(text.replace(/^\uFEFF/, ''), {
    header: true,
    skipEmptyLines: 'greedy',
    transformHeader: (h) => h.trim(),
  });
  return result.data.map((row) => Object.fromEntries(Object.entries(row).map(([k, v]) => [k, (v ?? '').trim()])));
}

/**
 * Two sheets as counties keep them, an actors (or factors) sheet and a ties (or links) sheet, as a Floke document.
 * A links sheet's `+`/`−` column makes the links `causes` and the rows factors.
 */
export function importCsv(
  nodesCsv: string,
  edgesCsv = '',
  options: { mapping?: ColumnMapping; title?: string } = {},
): { document: Json; report: InterchangeReport } {
  return documentFromRows(parseCsv(nodesCsv), edgesCsv.trim() ? parseCsv(edgesCsv) : [], {
    format: 'csv',
    ...(options.mapping ? { mapping: options.mapping } : {}),
    ...(options.title ? { document: { title: options.title } } : {}),
  });
}

/** A Floke document as two CSV sheets, one column per field used; structured fields as JSON text. */
export function exportCsv(document: Json): { elements: string; relations: string; lost: string[] } {
  const sheet = (items: unknown, fields: readonly string[]) => {
    const rows = (Array.isArray(items) ? items : []).map((item) => flatten(item as Json, fields));
    const columns = fields.filter((f) => rows.some((r) => f in r));
    return Papa.unparse(rows, { columns: columns.length ? columns : ['id'], newline: '\n' }) + '\n';
  };
  const lost = DOCUMENT_FIELDS.filter((f) => f !== 'floke' && document[f] !== undefined).map(
    (f) => `document field "${f}": CSV sheets hold elements and relations only`,
  );
  return { elements: sheet(document['elements'], ELEMENT_FIELDS), relations: sheet(document['relations'], RELATION_FIELDS), lost };
}
