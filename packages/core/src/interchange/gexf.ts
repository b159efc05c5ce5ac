import { ELEMENT_FIELDS, RELATION_FIELDS, flatten } from './fields.js';
import { documentFieldsOf, documentFromFields } from './document-fields.js';
import { documentFromRows, type ColumnMapping, type Row } from './table-import.js';
import type { InterchangeReport } from './report.js';
import { asArray, buildXml, parseXml } from './xml.js';

type Json = Record<string, unknown>;
type XmlNode = Record<string, unknown>;

/**
 * A GEXF 1.3 file (gexf.net) as a Floke document: node `label` and `<attvalue>`s by their attribute's title; an
 * edge's `weight` read as strength when it is within 0…1, `kind` or `label` as its type when they name one.
 */
export function importGexf(text: string, options: { mapping?: ColumnMapping } = {}): { document: Json; report: InterchangeReport } {
  const root = parseXml(text, ['attributes', 'attribute', 'node', 'edge', 'attvalue'])['gexf'] as XmlNode | undefined;
  if (!root) throw new Error('not a GEXF file: no <gexf> root');
  const graph = root['graph'] as XmlNode | undefined;
  if (!graph) throw new Error('GEXF file has no <graph>');
  const titles = { node: new Map<string, string>(), edge: new Map<string, string>() };
  for (const block of asArray(graph['attributes'] as XmlNode[])) {
    const target = block['@_class'] === 'edge' ? titles.edge : titles.node;
    for (const a of asArray(block['attribute'] as XmlNode[])) target.set(String(a['@_id']), String(a['@_title'] ?? a['@_id']));
  }
  const values = (item: XmlNode, names: Map<string, string>) =>
    Object.fromEntries(
      asArray((item['attvalues'] as XmlNode | undefined)?.['attvalue'] as XmlNode[]).map((v) => [
        names.get(String(v['@_for'])) ?? String(v['@_for']),
        String(v['@_value'] ?? ''),
      ]),
    );
  const nodes: Row[] = asArray((graph['nodes'] as XmlNode | undefined)?.['node'] as XmlNode[]).map((n) => ({
    ...(n['@_label'] !== undefined ? { label: String(n['@_label']) } : {}),
    ...values(n, titles.node),
    id: String(n['@_id']),
  }));
  const edges: Row[] = asArray((graph['edges'] as XmlNode | undefined)?.['edge'] as XmlNode[]).map((e) => ({
    ...(e['@_id'] !== undefined ? { id: String(e['@_id']) } : {}),
    ...(e['@_weight'] !== undefined ? { weight: String(e['@_weight']) } : {}),
    ...(e['@_label'] !== undefined ? { label: String(e['@_label']) } : {}),
    ...(e['@_kind'] !== undefined ? { kind: String(e['@_kind']) } : {}),
    ...values(e, titles.edge),
    from: String(e['@_source']),
    to: String(e['@_target']),
  }));
  const meta = root['meta'] as XmlNode | undefined;
  const document = { ...documentFromFields(values(graph, new Map())), ...(meta?.['title'] ? { title: String(meta['title']) } : {}) };
  return documentFromRows(nodes, edges, {
    format: 'gexf',
    document,
    mapping: { relations: { kind: 'type', ...options.mapping?.relations }, elements: { ...options.mapping?.elements } },
  });
}

/** A Floke document as GEXF 1.3: elements as nodes with their label, every other field an attribute (JSON when structured). */
export function exportGexf(document: Json): { text: string; lost: string[] } {
  const elements = asArray(document['elements'] as Json[]).map((e) => flatten(e, ELEMENT_FIELDS));
  const relations = asArray(document['relations'] as Json[]).map((r) => flatten(r, RELATION_FIELDS));
  const nodeFields = ELEMENT_FIELDS.filter((f) => f !== 'id' && elements.some((e) => f in e));
  const edgeFields = RELATION_FIELDS.filter((f) => !['id', 'from', 'to'].includes(f) && relations.some((r) => f in r));
  const attvalues = (row: Record<string, string>, fields: readonly string[]) => ({
    attvalue: fields.filter((f) => f in row).map((f) => ({ '@_for': f, '@_value': row[f] })),
  });
  const graphFields = documentFieldsOf(document);
  const tree = {
    gexf: {
      '@_xmlns': 'http://gexf.net/1.3',
      '@_version': '1.3',
      meta: {
        title: typeof document['title'] === 'string' ? document['title'] : JSON.stringify(document['title'] ?? ''),
        description: 'Floke document ' + JSON.stringify(graphFields),
      },
      graph: {
        '@_defaultedgetype': 'directed',
        '@_mode': 'static',
        attributes: [
          {
            '@_class': 'node',
            attribute: nodeFields.map((f) => ({ '@_id': f, '@_title': f, '@_type': f === 'planned' ? 'boolean' : 'string' })),
          },
          {
            '@_class': 'edge',
            attribute: edgeFields.map((f) => ({
              '@_id': f,
              '@_title': f,
              '@_type': f === 'delay' ? 'boolean' : f === 'strength' ? 'double' : 'string',
            })),
          },
        ],
        nodes: { node: elements.map((e) => ({ '@_id': e['id'], '@_label': e['label'] ?? e['id'], attvalues: attvalues(e, nodeFields) })) },
        edges: {
          edge: relations.map((r, i) => ({
            '@_id': r['id'] ?? `e${i}`,
            '@_source': r['from'],
            '@_target': r['to'],
            attvalues: attvalues(r, edgeFields),
          })),
        },
      },
    },
  };
  return {
    text: buildXml(tree),
    lost: ['document fields beyond the title: GEXF has no place for them (written as JSON in <meta><description>, not read back)'],
  };
}
