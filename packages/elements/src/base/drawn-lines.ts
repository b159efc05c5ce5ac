/** A label as drawn over several lines, read back as one string (hyphenated breaks joined). */
export function joinDrawnLines(lines: readonly string[]): string {
  return lines.reduce((text, line) => (text === '' ? line : text.endsWith('-') ? text + line : `${text} ${line}`), '');
}
