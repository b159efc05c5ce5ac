/**
 * The export in a form that only changes when the drawing does: numbers to one decimal, ids renumbered, Lit's
 * comment markers dropped, one tag per line. Plain code with no imports, shared by the browser snapshots
 * (tests/elements/svg-snapshot.ts) and the Node renderer's tests.
 */
const round = (text: string) => {
  const value = Math.round(Number(text) * 10) / 10;
  return String(Object.is(value, -0) ? 0 : value);
};

export function normaliseSvg(svg: string): string {
  const ids = new Map<string, string>();
  const idOf = (id: string) => {
    if (!ids.has(id)) ids.set(id, `id-${ids.size + 1}`);
    return ids.get(id)!;
  };
  return (
    svg
      // Lit's part markers carry a random number per page load.
      .replace(/<!--[\s\S]*?-->/g, '')
      .replace(/-?\d*\.\d+(?:e[-+]?\d+)?/gi, round)
      .replace(/\bid="([^"]*)"/g, (_, id: string) => `id="${idOf(id)}"`)
      .replace(/url\(#([^)]*)\)/g, (_, id: string) => `url(#${idOf(id)})`)
      .replace(/href="#([^"]*)"/g, (_, id: string) => `href="#${idOf(id)}"`)
      // One tag per line, trailing spaces dropped, so a diff points at the mark that moved.
      .replace(/>\s*</g, '>\n<')
      .replace(/[ \t]+$/gm, '')
      .trim() + '\n'
  );
}
