import type { UiLanguage } from '@floke/core';

/**
 * Locales for `Intl` formatters. Some browser builds ship no Nynorsk data; `no` and `nb` follow so that
 * dates and numbers stay Norwegian rather than falling back to English.
 */
export function intlLocales(lang: UiLanguage): string[] {
  if (lang === 'nn') return ['nn', 'no', 'nb'];
  if (lang === 'nb') return ['nb', 'no'];
  return [lang];
}
