/** An id for a new element from its label: lower-case letters and digits, numbered when taken. */
export function idFor(label: string, taken: ReadonlySet<string>, fallback = 'element'): string {
  const base =
    label
      .normalize('NFKD')
      // Letters with marks (å, é) keep their base letter: NFKD splits off the mark, which is dropped here.
      .replace(/[\u0300-\u036f]/g, '')
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
