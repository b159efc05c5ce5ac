/** Attribute converter: space-separated ids ⇄ a list; no attribute, or an empty one, means "all" (undefined). */
export const idListConverter = {
  fromAttribute: (value: string | null): string[] | undefined => {
    const ids = value?.split(/\s+/).filter(Boolean) ?? [];
    return ids.length ? ids : undefined;
  },
  toAttribute: (value: readonly string[] | undefined): string | null => (value === undefined ? null : value.join(' ')),
};
