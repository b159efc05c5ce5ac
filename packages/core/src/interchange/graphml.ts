import { ELEMENT_FIELDS, RELATION_FIELDS, flatten } from './fields.js';
import { DOCUMENT_FIELDS, documentFieldsOf, documentFromFields } from './document-fields.js';
import { documentFromRows, type ColumnMapping, type Row } from './table-import.js';
import type { InterchangeReport } from './report.js';
import { asArray, buildXml, parseXml } from './xml.js';

type Json = Record<string, unknown>;
type XmlNode = Record<string, unknown>;

const TYPES: Record<string, string> = { planned: 'boolean', delay: 'boolean', strength: 'double' };

/** A `<data>` element's value as text (yEd and others nest markup in it: that comes as JSON). */
const textOf = (data: XmlNode): string => {
  const value = data['#text'] ?? Object.fromEntries(Object.entries(data).filter(([k]) => !k.startsWith('@_')));
  return typeof value === 'string' ? value : JSON.stringify(value);
};

/**
 * A GraphML file (graphml.graphdrawing.org) as a Floke document: `<key attr.name>` names the field, nodes become
 * elements, edges relations. Graph-level data named as Floke's document fields is read back.
 */
export function importGraphml(text: string, options: { mapping?: ColumnMapping } = {}): { document: Json; report: InterchangeReport } {
  const root = parseXml(text, ['key', 'graph', 'node', 'edge', 'data'])['graphml'] as XmlNode | undefined;
  if (!root) throw new Error('not a GraphML file: no <graphml> root');
  const keys = new Map(asArray(root['key'] as XmlNode[]).map((k) => [String(k['@_id']), String(k['@_attr.name'] ?? k['@_id'])]));
  const graph = asArray(root['graph'] as XmlNode[])[0];
  if (!graph) throw new Error('GraphML file has no <graph>');
  const fields = (item: XmlNode): Record<string, string> =>
    Object.fromEntries(asArray(item['data'] as XmlNode[]).map((d) => [keys.get(String(d['@_key'])) ?? String(d['@_key']), textOf(d)]));
  const nodes: Row[] = asArray(graph['node'] as XmlNode[]).map((n) => ({ ...fields(n), id: String(n['@_id']) }));
  const edges: Row[] = asArray(graph['edge'] as XmlNode[]).map((e) => ({
    ...(e['@_id'] !== undefined ? { id: String(e['@_id']) } : {}),
    ...fields(e),
    from: String(e['@_source']),
    to: String(e['@_target']),
  }));
  const documentFields = documentFromFields(fields(graph));
  return documentFromRows(nodes, edges, {
    format: 'graphml',
    document: documentFields,
    ...(options.mapping ? { mapping: options.mapping } : {}),
  });
}

/** A Floke document as GraphML: one `<key>` per field used, structured values as JSON text, the document on the graph. */
export function exportGraphml(document: Json): { text: string; lost: string[] } {
  const elements = asArray(document['elements'] as Json[]).map((e) => flatten(e, ELEMENT_FIELDS));
  const relations = asArray(document['relations'] as Json[]).map((r) => flatten(r, RELATION_FIELDS));
  const graphFields = documentFieldsOf(document);
  const used = (rows: Record<string, string>[], fields: readonly string[], skip: readonly string[]) =>
    fields.filter((f) => !skip.includes(f) && rows.some((r) => f in r));
  const nodeKeys = used(elements, ELEMENT_FIELDS, ['id']);
  const edgeKeys = used(relations, RELATION_FIELDS, ['id', 'from', 'to']);
  const graphKeys = DOCUMENT_FIELDS.filter((f) => f in graphFields);
  const key = (prefix: string, target: string) => (name: string) => ({
    '@_id': `${prefix}_${name}`,
    '@_for': target,
    '@_attr.name': name,
    '@_attr.type': TYPES[name] ?? 'string',
  });
  const data = (prefix: string, row: Record<string, string>, names: readonly string[]) =>
    names.filter((n) => n in row).map((n) => ({ '@_key': `${prefix}_${n}`, '#text': row[n] }));
  const tree = {
    graphml: {
      '@_xmlns': 'http://graphml.graphdrawing.org/xmlns',
      key: [...graphKeys.map(key('g', 'graph')), ...nodeKeys.map(key('n', 'node')), ...edgeKeys.map(key('e', 'edge'))],
      graph: {
        '@_id': String(document['id'] ?? 'G'),
        '@_edgedefault': 'directed',
        data: data('g', graphFields, graphKeys),
        node: elements.map((e) => ({ '@_id': e['id'], data: data('n', e, nodeKeys) })),
        edge: relations.map((r) => ({
          ...(r['id'] ? { '@_id': r['id'] } : {}),
          '@_source': r['from'],
          '@_target': r['to'],
          data: data('e', r, edgeKeys),
        })),
      },
    },
  };
  return { text: buildXml(tree), lost: [] };
}
