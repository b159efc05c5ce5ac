/**
 * An id for a new element from its label: lower-case letters and digits joined by hyphens (æ, ø, å folded), at most 40
 * characters, numbered when taken; `fallback` when the label has no letter or digit to build on.
 */
export function idFor(label: string, taken: ReadonlySet<string>, fallback = 'faktor'): string {
  const base =
    label
      .normalize('NFKD')
      .toLowerCase()
      .replace(/æ/g, 'ae')
      .replace(/ø/g, 'o')
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 40) || fallback;
  let id = base;
  for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
  return id;
}
