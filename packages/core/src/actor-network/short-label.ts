/** A label for one line: whole up to 28 characters, else cut at a word with an ellipsis. */
export function oneLineLabel(label: string): string {
  if (label.length <= 28) return label;
  const cut = label.lastIndexOf(' ', 27);
  return `${label.slice(0, cut > 12 ? cut : 27)}…`;
}

/** What the zoomed-out network writes beside a node: its short name (an abbreviation such as «Udir») or its label on one line. */
export function shortLabel(node: { readonly short?: string; readonly label: string }): string {
  return node.short ?? oneLineLabel(node.label);
}
