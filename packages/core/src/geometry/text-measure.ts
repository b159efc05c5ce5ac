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
  // Each line is found by growing a prefix from its start, so the cost follows the lines' length, not the word's:
  // cutting from the word's end made a 4,000-character word take tens of seconds.
  const pushLongWord = (word: string) => {
    let rest = word;
    for (;;) {
      let fits = 0;
      while (fits < rest.length && measure(rest.slice(0, fits + 1), fontSize) <= maxWidth) fits++;
      if (fits === rest.length) return rest;
      let cut = Math.min(fits, rest.length - 1);
      while (cut > 1 && measure(rest.slice(0, cut) + '-', fontSize) > maxWidth) cut--;
      cut = Math.max(cut, 1);
      lines.push(rest.slice(0, cut) + '-');
      rest = rest.slice(cut);
    }
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

/**
 * How the reader's settings change the text a layout measures: a font scale (browser text size, WCAG 1.4.4) and
 * the letter and word spacing of WCAG 1.4.12. (Line height needs nothing: a drawing's lines are placed by its
 * layout, and SVG text ignores CSS `line-height`.) A layout given `PLAIN_TEXT_STYLE` is identical to one given none.
 */
export interface TextStyle {
  /** The reader's font size over the default (1 at 16 px). */
  readonly fontScale: number;
  /**
   * Extra space after every character, in CSS px. (Lengths, not em: a page's `letter-spacing: 0.12em` is resolved
   * on the element that sets it and inherited as a length, so that is what the drawing's labels get.)
   */
  readonly letterSpacing: number;
  /** Extra space at every space, in CSS px. */
  readonly wordSpacing: number;
}

export const PLAIN_TEXT_STYLE: TextStyle = { fontScale: 1, letterSpacing: 0, wordSpacing: 0 };

/** A measure that adds the reader's letter and word spacing to `measure`'s widths. */
export function spacedTextWidth(measure: TextWidth, style: TextStyle = PLAIN_TEXT_STYLE): TextWidth {
  if (!style.letterSpacing && !style.wordSpacing) return measure;
  return (text, fontSize) => {
    let characters = 0;
    let spaces = 0;
    for (const char of text) {
      characters++;
      if (char === ' ') spaces++;
    }
    return measure(text, fontSize) + characters * style.letterSpacing + spaces * style.wordSpacing;
  };
}

/** A layout's font size and line height under the reader's text style: both scaled by `fontScale`. */
export function styledType(
  fontSize: number,
  lineHeight: number,
  style: TextStyle = PLAIN_TEXT_STYLE,
): { fontSize: number; lineHeight: number } {
  return { fontSize: fontSize * style.fontScale, lineHeight: lineHeight * style.fontScale };
}
