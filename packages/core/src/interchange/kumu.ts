import { documentFromRows, type ColumnMapping, type Row } from './table-import.js';
import { ReportBuilder, type InterchangeReport } from './report.js';

type Json = Record<string, unknown>;

const text = (value: unknown): string =>
  value === undefined || value === null ? '' : typeof value === 'string' ? value : JSON.stringify(value);

/**
 * An element, connection or loop of a blueprint as one flat row. Kumu writes an item two ways: the documented import
 * form puts every field on the item (`label`, `type`, `description`, `tags`, custom keys); a project's "Export JSON"
 * backup puts them under `attributes` (with `element type` / `connection type`) beside `_id` and, for connections,
 * `from`, `to`, `direction`, `delayed` and `reversed`. Both read the same here; a field on the item wins.
 */
function rowOf(item: Json, skip: readonly string[]): Record<string, string> {
  const attributes = item['attributes'] && typeof item['attributes'] === 'object' ? (item['attributes'] as Json) : {};
  const row: Record<string, string> = {};
  for (const [key, value] of [...Object.entries(attributes), ...Object.entries(item)]) {
    if (key === 'attributes' || skip.includes(key) || value === undefined || value === null) continue;
    row[key] = text(value);
  }
  return row;
}

/** Kumu's own id of an item: `_id` in exports, `id` in the import form. */
const kumuId = (item: Json) => text(item['_id'] ?? item['id']);

/** A sign Kumu users write in a connection's type (`+`, `-`, `−`, positive, negative, same, opposite). */
const SIGN = /^(\+|-|−|positive|negative|same|opposite)$/i;

/**
 * A Kumu JSON blueprint (`{ elements, connections, loops }`, the documented import format, or a project's
 * "Export JSON" backup) as a Floke document, with a report of what had no Floke field.
 * - Elements are matched by `_id`/`id` or `label`; `type` or `element type` is the kind when it names a Floke kind
 *   (else the default kind, the original kept under extensions).
 * - A connection's `type` or `connection type` of `+`/`-`/positive/negative is its polarity, else its relation type;
 *   `delayed: true` is a delay; Kumu's `direction` (directed, mutual, undirected) and `reversed` are not Floke's and
 *   are kept under extensions.
 * - Loops become named loops: members from `elements` (labels or ids), or from the ends of their `connections` (ids),
 *   in order.
 */
export function importKumu(
  blueprint: unknown,
  options: { mapping?: ColumnMapping; title?: string } = {},
): { document: Json; report: InterchangeReport } {
  const root = (blueprint ?? {}) as Json;
  if (!Array.isArray(root['elements'])) throw new Error('not a Kumu blueprint: no "elements" list');
  const elements = (root['elements'] as Json[]).map((e) => {
    const row = rowOf(e, ['_id', 'id']);
    const id = kumuId(e) || row['label'] || '';
    const { 'element type': elementType, ...rest } = row;
    return { ...rest, ...(elementType !== undefined && rest['type'] === undefined ? { type: elementType } : {}), id } as Row;
  });
  const connectionsIn = (root['connections'] ?? []) as Json[];
  const connections = connectionsIn.map((c) => {
    const { direction, delayed, reversed, type, 'connection type': connectionType, ...row } = rowOf(c, ['_id', 'id']);
    const relation: Record<string, string> = { ...row };
    const id = kumuId(c);
    // Kumu's connection id is the relation's id when Floke can take it as one; else it is kept.
    if (id) relation[/^[A-Za-z0-9][A-Za-z0-9._:-]*$/.test(id) ? 'id' : 'kumu id'] = id;
    if (direction) relation['kumu direction'] = direction;
    if (reversed === 'true') relation['kumu reversed'] = reversed;
    if (delayed === 'true') relation['delay'] = 'true';
    const kind = type ?? connectionType ?? '';
    if (SIGN.test(kind)) relation['polarity'] = kind;
    else if (kind) relation['type'] = kind;
    return relation as Row;
  });
  const result = documentFromRows(elements, connections, {
    format: 'kumu',
    mapping: {
      elements: { type: 'kind', ...options.mapping?.elements },
      relations: { ...options.mapping?.relations },
    },
    document: { title: options.title ?? text(root['title'] ?? 'Imported from Kumu') },
  });
  const report = new ReportBuilder();
  result.report.unmapped.forEach((u) => report.unmappedField(u.where, u.field));
  result.report.notes.forEach((n) => report.note(n));
  // A Kumu id or label → the Floke id documentFromRows gave that element (both as written and as imported).
  const byName = new Map<string, string>();
  (result.document['elements'] as Json[]).forEach((e, i) => {
    const floke = String(e['id']);
    byName.set(floke, floke);
    if (elements[i]!['id']) byName.set(elements[i]!['id'], floke);
    if (typeof e['label'] === 'string') byName.set(e['label'], floke);
  });
  const connectionEnds = new Map(connectionsIn.map((c) => [kumuId(c), [text(c['from']), text(c['to'])] as const]));
  const leftovers: Json[] = [];
  const loops = ((root['loops'] ?? []) as Json[]).flatMap((loop, i) => {
    const fields = rowOf(loop, ['_id', 'id', 'elements', 'connections']);
    const label = fields['label'] || `Loop ${i + 1}`;
    const named = Array.isArray(loop['elements'])
      ? (loop['elements'] as unknown[]).map(text)
      : ((loop['connections'] ?? []) as unknown[]).flatMap((c) => connectionEnds.get(text(c))?.slice(0, 1) ?? []);
    const members = [...new Set(named.map((m) => byName.get(m)).filter((m): m is string => !!m))];
    if (members.length < 2) {
      leftovers.push(loop);
      report.note(`loop ${i + 1} "${label}" names fewer than two known elements: kept under extensions`);
      return [];
    }
    for (const key of Object.keys(fields)) if (key !== 'label' && key !== 'description') report.unmappedField(`loops/${i}`, key);
    return [{ label, members, ...(fields['description'] ? { description: fields['description'] } : {}) }];
  });
  const document: Json = { ...result.document };
  if (loops.length) document['views'] = { loops: { named: loops } };
  // Everything else in the blueprint (maps, views, perspectives, …) and loops that could not be placed: kept, and reported.
  const rest = Object.fromEntries(Object.entries(root).filter(([k]) => !['elements', 'connections', 'loops', 'title'].includes(k)));
  for (const key of Object.keys(rest)) report.unmappedField('document', key);
  if (leftovers.length) rest['loops'] = leftovers;
  if (Object.keys(rest).length) document['extensions'] = { kumu: rest };
  return { document, report: report.build() };
}

/**
 * A Floke document as a Kumu blueprint in the documented import form: elements with their Floke id as `id` (so
 * repeated labels stay apart), kind as Kumu `type`; connections from and to those ids, polarity as the connection
 * `type` (the Floke relation type then in `floke-type`); named loops with their members' ids. The rest of the
 * document rides along under `floke-document`, which Kumu keeps as an unknown key.
 */
export function exportKumu(document: Json): { blueprint: Json; lost: string[] } {
  const elements = (document['elements'] ?? []) as Json[];
  const rest = Object.fromEntries(Object.entries(document).filter(([k]) => k !== 'elements' && k !== 'relations'));
  const named = (((document['views'] as Json | undefined)?.['loops'] as Json | undefined)?.['named'] as Json[] | undefined) ?? [];
  return {
    blueprint: {
      elements: elements.map(({ id, kind, label, ...fields }) => ({ id, label: text(label), type: kind, ...fields })),
      connections: ((document['relations'] ?? []) as Json[]).map(({ from, to, type, polarity, ...fields }) => ({
        ...fields,
        from,
        to,
        type: polarity ?? type,
        direction: 'directed',
        ...(polarity ? { 'floke-type': type } : {}),
      })),
      loops: named.map((l) => ({ label: text(l['label']), elements: (l['members'] ?? []) as string[] })),
      'floke-document': rest,
    },
    lost: [],
  };
}
