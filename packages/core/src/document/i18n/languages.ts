/** The languages Floke's own texts (UI strings, problem messages) come in. Documents may carry any language. */
export const UI_LANGUAGES = ['nb', 'nn', 'en'] as const;
export type UiLanguage = (typeof UI_LANGUAGES)[number];

/** The language used when nothing else says which: Norwegian Bokmål, the default of Norwegian public sites. */
export const DEFAULT_LANGUAGE: UiLanguage = 'nb';

/**
 * Maps any BCP 47 tag to a UI language: `nn-NO` → nn, `no`/`nb-NO` → nb, `en-GB` → en.
 * Unknown languages fall back to `fallback`.
 */
export function resolveUiLanguage(tag: string | null | undefined, fallback: UiLanguage = DEFAULT_LANGUAGE): UiLanguage {
  const primary = (tag ?? '').trim().toLowerCase().split(/[-_]/)[0];
  if (primary === 'nn') return 'nn';
  if (primary === 'nb' || primary === 'no') return 'nb';
  if (primary === 'en') return 'en';
  return fallback;
}
