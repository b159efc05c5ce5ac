/** The normalisation of tests/elements/svg-snapshot.ts, for Node (that file imports the browser test runner). */
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
      .replace(/<!--[\s\S]*?-->/g, '')
      .replace(/-?\d*\.\d+(?:e[-+]?\d+)?/gi, round)
      .replace(/\bid="([^"]*)"/g, (_, id: string) => `id="${idOf(id)}"`)
      .replace(/url\(#([^)]*)\)/g, (_, id: string) => `url(#${idOf(id)})`)
      .replace(/href="#([^"]*)"/g, (_, id: string) => `href="#${idOf(id)}"`)
      .replace(/>\s*</g, '>\n<')
      .replace(/[ \t]+$/gm, '')
      .trim() + '\n'
  );
}
