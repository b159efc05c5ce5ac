/** Document-level fields: flat formats that can hold them (GraphML, GEXF) keep them as JSON text on the graph. */
export const DOCUMENT_FIELDS = [
  '$schema',
  'floke',
  'id',
  'title',
  'description',
  'language',
  'updated',
  'sources',
  'indicators',
  'views',
  'versions',
  'extensions',
] as const;

type Json = Record<string, unknown>;

export function documentFieldsOf(document: Json): Record<string, string> {
  const flat: Record<string, string> = {};
  for (const field of DOCUMENT_FIELDS) if (document[field] !== undefined) flat[field] = JSON.stringify(document[field]);
  return flat;
}

export function documentFromFields(flat: Readonly<Record<string, string>>): Json {
  const document: Json = {};
  for (const field of DOCUMENT_FIELDS) {
    if (flat[field] === undefined) continue;
    try {
      document[field] = JSON.parse(flat[field]);
    } catch {
      document[field] = flat[field];
    }
  }
  return document;
}
