import { documentFromRows, type ColumnMapping, type Row } from './table-import.js';
import { ReportBuilder, type InterchangeReport } from './report.js';

type Json = Record<string, unknown>;

const text = (value: unknown): string =>
  value === undefined || value === null ? '' : typeof value === 'string' ? value : JSON.stringify(value);
const rowOf = (item: Json, skip: readonly string[] = []): Row =>
  Object.fromEntries(
    Object.entries(item)
      .filter(([k]) => !skip.includes(k))
      .map(([k, v]) => [k, Array.isArray(v) && k === 'tags' ? JSON.stringify(v) : text(v)]),
  );

/**
 * A Kumu JSON blueprint (`{ elements, connections, loops }`, Kumu's JSON import format) as a Floke document.
 * Elements are matched by `label` or `_id`; an element's Kumu `type` is its kind when it names one (else kept under
 * extensions); a connection's `type` of `+`/`-`/positive/negative is its polarity; loops become named loops.
 */
export function importKumu(
  blueprint: unknown,
  options: { mapping?: ColumnMapping; title?: string } = {},
): { document: Json; report: InterchangeReport } {
  const root = (blueprint ?? {}) as Json;
  if (!Array.isArray(root['elements'])) throw new Error('not a Kumu blueprint: no "elements" list');
  const elements = (root['elements'] as Json[]).map((e) => {
    const row = rowOf(e, ['_id', 'attributes']);
    const attributes = (e['attributes'] ?? {}) as Json;
    return {
      ...Object.fromEntries(Object.entries(attributes).map(([k, v]) => [k, text(v)])),
      ...row,
      id: text(e['_id'] ?? e['id'] ?? e['label']),
    } as Row;
  });
  const connections = ((root['connections'] ?? []) as Json[]).map((c) => {
    // Kumu's direction (directed, mutual, undirected) is not Floke's (increase, decrease): kept under extensions.
    const { direction, ...connection } = c;
    const row: Record<string, string> = {
      ...rowOf(connection, ['type', 'connection type']),
      ...(direction ? { 'kumu direction': text(direction) } : {}),
    };
    const type = text(c['type'] ?? c['connection type']);
    if (/^(\+|-|−|positive|negative|same|opposite)$/i.test(type)) row['polarity'] = type;
    else if (type) row['type'] = type;
    return row as Row;
  });
  const result = documentFromRows(elements, connections, {
    format: 'kumu',
    mapping: {
      elements: { type: 'kind', ...options.mapping?.elements },
      relations: { direction: 'kumu-direction', ...options.mapping?.relations },
    },
    document: { title: options.title ?? text(root['title'] ?? 'Imported from Kumu') },
  });
  const report = new ReportBuilder();
  result.report.unmapped.forEach((u) => report.unmappedField(u.where, u.field));
  result.report.notes.forEach((n) => report.note(n));
  const byName = new Map<string, string>();
  for (const e of result.document['elements'] as Json[]) {
    byName.set(String(e['id']), String(e['id']));
    if (typeof e['label'] === 'string') byName.set(e['label'], String(e['id']));
  }
  const leftovers: Json[] = [];
  const loops = ((root['loops'] ?? []) as Json[]).flatMap((loop, i) => {
    const members = ((loop['elements'] ?? []) as unknown[]).map((m) => byName.get(text(m))).filter((m): m is string => !!m);
    if (!members.length) {
      leftovers.push(loop);
      report.note(`loop ${i + 1} "${text(loop['label'])}" names no known element: kept under extensions`);
      return [];
    }
    return [
      {
        label: text(loop['label'] ?? `Loop ${i + 1}`),
        members,
        ...(loop['description'] ? { description: text(loop['description']) } : {}),
      },
    ];
  });
  const document: Json = { ...result.document };
  if (loops.length) document['views'] = { loops: { named: loops } };
  // Everything else in the blueprint (maps, perspectives, …) and loops that could not be placed: kept, and reported.
  const rest = Object.fromEntries(Object.entries(root).filter(([k]) => !['elements', 'connections', 'loops', 'title'].includes(k)));
  for (const key of Object.keys(rest)) report.unmappedField('document', key);
  if (leftovers.length) rest['loops'] = leftovers;
  if (Object.keys(rest).length) document['extensions'] = { kumu: rest };
  return { document, report: report.build() };
}

/** A Floke document as a Kumu blueprint: elements by label, kinds as Kumu types, polarity as the connection type. */
export function exportKumu(document: Json): { blueprint: Json; lost: string[] } {
  const elements = (document['elements'] ?? []) as Json[];
  const labelOf = new Map(elements.map((e) => [String(e['id']), text(e['label'])]));
  const rest = Object.fromEntries(Object.entries(document).filter(([k]) => k !== 'elements' && k !== 'relations'));
  return {
    blueprint: {
      elements: elements.map(({ id, kind, label, ...fields }) => ({ _id: id, label: text(label), type: kind, ...fields })),
      connections: ((document['relations'] ?? []) as Json[]).map(({ from, to, type, polarity, ...fields }) => ({
        from: labelOf.get(String(from)) ?? from,
        to: labelOf.get(String(to)) ?? to,
        type: polarity ?? type,
        direction: 'directed',
        ...(polarity ? { 'floke-type': type } : {}),
        ...fields,
      })),
      loops: ((((document['views'] as Json | undefined)?.['loops'] as Json | undefined)?.['named'] as Json[] | undefined) ?? []).map(
        (l) => ({
          label: text(l['label']),
          elements: ((l['members'] ?? []) as string[]).map((m) => labelOf.get(m) ?? m),
        }),
      ),
      'floke-document': rest,
    },
    lost: [],
  };
}
