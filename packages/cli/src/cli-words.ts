import type { UiLanguage } from '@floke/core';

/** The CLI's own words (problem messages come localised from core). */
export interface CliWords {
  readonly severity: Record<'error' | 'warning', string>;
  readonly valid: string;
  readonly invalid: string;
  readonly counts: (errors: number, warnings: number) => string;
  readonly wrote: (path: string) => string;
}

export const CLI_WORDS: Readonly<Record<UiLanguage, CliWords>> = {
  nb: {
    severity: { error: 'feil', warning: 'advarsel' },
    valid: 'gyldig',
    invalid: 'ugyldig',
    counts: (e, w) => `${e} feil, ${w} ${w === 1 ? 'advarsel' : 'advarsler'}`,
    wrote: (path) => `Skrev ${path}`,
  },
  nn: {
    severity: { error: 'feil', warning: 'åtvaring' },
    valid: 'gyldig',
    invalid: 'ugyldig',
    counts: (e, w) => `${e} feil, ${w} ${w === 1 ? 'åtvaring' : 'åtvaringar'}`,
    wrote: (path) => `Skreiv ${path}`,
  },
  en: {
    severity: { error: 'error', warning: 'warning' },
    valid: 'valid',
    invalid: 'invalid',
    counts: (e, w) => `${e} ${e === 1 ? 'error' : 'errors'}, ${w} ${w === 1 ? 'warning' : 'warnings'}`,
    wrote: (path) => `Wrote ${path}`,
  },
};
