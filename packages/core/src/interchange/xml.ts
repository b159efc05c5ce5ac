import { XMLBuilder, XMLParser } from 'fast-xml-parser';

/**
 * XML through fast-xml-parser: pure JavaScript (runs in a page and in Node), no native code, well kept, and it
 * does not expand external entities. Attributes come as `@_name`; listed tags always come as arrays.
 */
export function parseXml(text: string, arrays: readonly string[]): Record<string, unknown> {
  const parser = new XMLParser({
    ignoreAttributes: false,
    attributeNamePrefix: '@_',
    removeNSPrefix: true,
    parseTagValue: false,
    parseAttributeValue: false,
    trimValues: true,
    textNodeName: '#text',
    isArray: (name) => arrays.includes(name),
  });
  return parser.parse(text) as Record<string, unknown>;
}

export function buildXml(tree: Record<string, unknown>): string {
  const builder = new XMLBuilder({
    ignoreAttributes: false,
    attributeNamePrefix: '@_',
    format: true,
    indentBy: '  ',
    suppressEmptyNode: true,
    // Otherwise an attribute whose value is "true" is written bare (value), which XML does not allow.
    suppressBooleanAttributes: false,
    textNodeName: '#text',
  });
  return '<?xml version="1.0" encoding="UTF-8"?>\n' + builder.build(tree);
}

export const asArray = <T>(value: T | T[] | undefined): T[] => (value === undefined ? [] : Array.isArray(value) ? value : [value]);
