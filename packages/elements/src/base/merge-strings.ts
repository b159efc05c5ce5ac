/** A partial override of a tree of UI texts: any text, or any part of a nested group (`{iceberg: {keyboardHelp}}`). */
export type StringOverrides<T> = {
  [K in keyof T]?: T[K] extends (...args: never[]) => unknown ? T[K] : T[K] extends object ? StringOverrides<T[K]> : T[K];
};

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  value !== null && typeof value === 'object' && !Array.isArray(value);

/**
 * The built-in texts with `overrides` applied group by group: a partial nested override keeps the rest of its group
 * (a shallow spread replaced the whole `iceberg` group and blanked the view). An override of the wrong kind (a text
 * where a function is expected, or the reverse) is ignored, so a typo cannot break a view. Own keys only.
 */
export function mergeStrings<T extends object>(base: T, overrides: unknown): T {
  if (!isPlainObject(overrides)) return base;
  const merged: Record<string, unknown> = { ...(base as Record<string, unknown>) };
  for (const key of Object.keys(overrides)) {
    if (!Object.prototype.hasOwnProperty.call(base, key)) continue;
    const given = overrides[key];
    const builtIn = merged[key];
    if (isPlainObject(builtIn)) merged[key] = mergeStrings(builtIn, given);
    else if (typeof given === typeof builtIn) merged[key] = given;
  }
  return merged as T;
}
