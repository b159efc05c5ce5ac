import { parsePartialDate, type UiLanguage } from '@floke/core';
import { intlLocales } from './intl-locales.js';

/**
 * A partial date (`2026`, `2026-03`, `2026-03-04`) in words of the UI language, as precise as it was given:
 * `short` gives "mars 2026" / "4. mars 2026" with abbreviated months, `long` writes them out. Malformed text is
 * shown as it is.
 */
export function formatPartialDate(text: string, lang: UiLanguage, style: 'short' | 'long' = 'short'): string {
  const parts = parsePartialDate(text);
  if (!parts) return text;
  const { year, month, day } = parts;
  if (month === undefined) return String(year);
  const monthStyle = style === 'long' ? 'long' : 'short';
  const options: Intl.DateTimeFormatOptions =
    day === undefined ? { year: 'numeric', month: monthStyle } : { year: 'numeric', month: monthStyle, day: 'numeric' };
  return new Intl.DateTimeFormat(intlLocales(lang), { ...options, timeZone: 'UTC' }).format(Date.UTC(year, month - 1, day ?? 1));
}
