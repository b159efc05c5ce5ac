import { ELEMENT_FIELDS, RELATION_FIELDS, polarityOf, unflatten } from './fields.js';
import { ReportBuilder, type InterchangeReport } from './report.js';

type Json = Record<string, unknown>;
/** One node or edge of a foreign file: its fields as text. */
export type Row = Readonly<Record<string, string>>;

/**
 * Which foreign column means which Floke field, e.g. `{ elements: { Name: 'label', Type: 'kind' } }`. Columns named
 * as Floke's own fields need no entry; common names (name, source, target, sign, weight…) are recognised too.
 */
export interface ColumnMapping {
  readonly elements?: Readonly<Record<string, string>>;
  readonly relations?: Readonly<Record<string, string>>;
}

const ELEMENT_SYNONYMS: Record<string, string> = {
  name: 'label',
  navn: 'label',
  title: 'label',
  type: 'kind',
  kind: 'kind',
  element: 'id',
  key: 'id',
};
const RELATION_SYNONYMS: Record<string, string> = {
  source: 'from',
  target: 'to',
  fra: 'from',
  til: 'to',
  sign: 'polarity',
  effect: 'polarity',
  polaritet: 'polarity',
  relation: 'type',
  'connection type': 'type',
  weight: 'strength',
};
const KINDS = new Set(['actor', 'initiative', 'factor', 'goal', 'insight']);
const RELATION_TYPES = new Set(['causes', 'collaborates', 'leads', 'participates', 'funds', 'informs', 'explains', 'addresses']);

function fieldOf(column: string, own: readonly string[], synonyms: Record<string, string>, mapping?: Readonly<Record<string, string>>) {
  if (mapping?.[column]) return mapping[column];
  if (own.includes(column)) return column;
  const lower = column.trim().toLowerCase();
  return own.find((f) => f.toLowerCase() === lower) ?? synonyms[lower];
}

/** A slug usable as a Floke id (`Fylkeskommunen` → `fylkeskommunen`). */
const slug = (text: string) =>
  text
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/æ/g, 'ae')
    .replace(/ø/g, 'o')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '') || 'element';

/**
 * Rows of nodes and edges (from CSV, GraphML, GEXF) as a Floke document: mapped columns become fields, the rest go
 * to the item's `extensions[format]`, and the report lists both those and every guess made.
 */
export function documentFromRows(
  nodes: readonly Row[],
  edges: readonly Row[],
  options: { format: string; mapping?: ColumnMapping; document?: Json },
): { document: Json; report: InterchangeReport } {
  const report = new ReportBuilder();
  const ids = new Map<string, string>();
  const used = new Set<string>();
  const causal = edges.some((row) =>
    Object.entries(row).some(
      ([c, v]) => fieldOf(c, RELATION_FIELDS, RELATION_SYNONYMS, options.mapping?.relations) === 'polarity' && polarityOf(v),
    ),
  );
  const elements = nodes.map((row, i) => {
    const mapped: Record<string, string> = {};
    const rest: Record<string, string> = {};
    for (const [column, value] of Object.entries(row)) {
      const field = fieldOf(column, ELEMENT_FIELDS, ELEMENT_SYNONYMS, options.mapping?.elements);
      if (field && !(field in mapped)) mapped[field] = value;
      else if (value !== '') {
        rest[column] = value;
        report.unmappedField(`elements/${i}`, column);
      }
    }
    const element = unflatten(mapped, ELEMENT_FIELDS);
    const original = String(element['id'] ?? element['label'] ?? `n${i + 1}`);
    let id = /^[A-Za-z0-9][A-Za-z0-9._-]*$/.test(original) ? original : slug(original);
    while (used.has(id)) id = `${id}-${i + 1}`;
    if (id !== original) report.note(`ids made from names where they were not valid ids (e.g. "${original}" → "${id}")`);
    used.add(id);
    ids.set(original, id);
    if (typeof element['label'] === 'string' || element['label'])
      ids.set(String(element['label']), ids.get(String(element['label'])) ?? id);
    element['id'] = id;
    if (element['label'] === undefined) element['label'] = original;
    if (typeof element['kind'] === 'string' && KINDS.has(element['kind'].toLowerCase())) element['kind'] = element['kind'].toLowerCase();
    if (!KINDS.has(String(element['kind']))) {
      const given = element['kind'];
      element['kind'] = causal ? 'factor' : 'actor';
      if (given !== undefined) rest['kind'] = String(given);
      report.note(
        `kind "${given ?? '(none)'}" is not a Floke kind: ${element['kind']} used${given === undefined ? '' : ' (the original kept under extensions)'}`,
      );
    }
    if (Object.keys(rest).length) element['extensions'] = { ...(element['extensions'] as Json | undefined), [options.format]: rest };
    return { id, ...element };
  });
  const relations = edges.map((row, i) => {
    const mapped: Record<string, string> = {};
    const rest: Record<string, string> = {};
    for (const [column, value] of Object.entries(row)) {
      const field = fieldOf(column, RELATION_FIELDS, RELATION_SYNONYMS, options.mapping?.relations);
      if (field && !(field in mapped)) mapped[field] = value;
      else if (value !== '') {
        rest[column] = value;
        report.unmappedField(`relations/${i}`, column);
      }
    }
    const polarity = polarityOf(mapped['polarity']);
    if (mapped['polarity'] !== undefined) {
      if (polarity) mapped['polarity'] = polarity;
      else {
        if (mapped['polarity'] !== '') rest['polarity'] = mapped['polarity'];
        delete mapped['polarity'];
      }
    }
    const relation = unflatten(mapped, RELATION_FIELDS);
    for (const end of ['from', 'to'] as const) {
      const ref = String(relation[end] ?? '');
      if (ids.has(ref)) relation[end] = ids.get(ref);
      else report.note(`relation ${i + 1}: "${ref}" names no element`);
    }
    if (!RELATION_TYPES.has(String(relation['type']))) {
      const given = relation['type'];
      relation['type'] = relation['polarity'] ? 'causes' : 'collaborates';
      if (given !== undefined) rest['type'] = String(given);
      report.note(`relation type "${given ?? '(none)'}" is not a Floke type: ${relation['type']} used`);
    }
    if (typeof relation['strength'] === 'number' && !(relation['strength'] >= 0 && relation['strength'] <= 1)) {
      rest['strength'] = String(relation['strength']);
      delete relation['strength'];
      report.note('weights outside 0…1 kept under extensions (Floke strength is 0…1)');
    }
    if (Object.keys(rest).length) relation['extensions'] = { ...(relation['extensions'] as Json | undefined), [options.format]: rest };
    return relation;
  });
  if (options.document?.['title'] === undefined) report.note('the source has no title: "Imported" used; give the document its own');
  const document: Json = { floke: '1.0', title: 'Imported', ...options.document, elements, relations };
  // The version is at least what the features used need (a version the source declared is kept when higher).
  const views = document['views'] as Json | undefined;
  const needed =
    views && 'stories' in views
      ? '1.2'
      : relations.some((r) => r['type'] === 'addresses') || elements.some((e) => 'priority' in e)
        ? '1.1'
        : '1.0';
  if (String(document['floke']).localeCompare(needed, 'en', { numeric: true }) < 0) document['floke'] = needed;
  return { document, report: report.build() };
}
