/** Measures the width of a text in pixels at a font size. Inject a canvas-based one in browsers for exact fits. */
export type TextWidth = (text: string, fontSize: number) => number;

// Advance widths (em) of a typical UI sans-serif (Helvetica/Arial metrics), so layouts run the same in Node.
const NARROW = new Set([..."iljI.,:;!|'’()[]{}ft1 "]);
const WIDE = new Set([...'mwMWÆæ@%']);
const CAPITAL = /[A-ZÆØÅ]/;

/** Approximate text width from per-character classes; a slight overestimate, so text never overflows. */
export const approximateTextWidth: TextWidth = (text, fontSize) => {
  let em = 0;
  for (const char of text) {
    if (NARROW.has(char)) em += 0.3;
    else if (WIDE.has(char)) em += 0.86;
    else if (CAPITAL.test(char)) em += 0.68;
    else if (/\d/.test(char)) em += 0.56;
    else em += 0.55;
  }
  return em * fontSize;
};

/**
 * Wraps text into lines no wider than `maxWidth`, breaking at spaces and hyphens; a word longer than a line
 * (Norwegian compounds: «Tjenesteinnovasjonsprosjektfinansiering») is split with a hyphen.
 */
export function wrapText(text: string, maxWidth: number, fontSize: number, measure: TextWidth = approximateTextWidth): string[] {
  const words = text.split(/\s+/).filter(Boolean);
  const lines: string[] = [];
  let line = '';
  const pushLongWord = (word: string) => {
    let rest = word;
    while (measure(rest, fontSize) > maxWidth) {
      let cut = rest.length - 1;
      while (cut > 1 && measure(rest.slice(0, cut) + '-', fontSize) > maxWidth) cut--;
      lines.push(rest.slice(0, cut) + '-');
      rest = rest.slice(cut);
    }
    return rest;
  };
  for (const word of words) {
    const candidate = line ? `${line} ${word}` : word;
    if (measure(candidate, fontSize) <= maxWidth) {
      line = candidate;
      continue;
    }
    if (line) lines.push(line);
    line = measure(word, fontSize) > maxWidth ? pushLongWord(word) : word;
  }
  if (line) lines.push(line);
  return lines.length ? lines : [''];
}
