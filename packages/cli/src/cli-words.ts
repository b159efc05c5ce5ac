import type { UiLanguage } from '@floke/core';

/** The CLI's own words (problem messages come localised from core). */
export interface CliWords {
  readonly severity: Record<'error' | 'warning', string>;
  readonly valid: string;
  readonly invalid: string;
  readonly counts: (errors: number, warnings: number) => string;
  readonly wrote: (path: string) => string;
  /** `--selected ID` names nothing the view draws; `known` lists a few ids it does draw. */
  readonly unknownSelected: (id: string, view: string, known: readonly string[]) => string;
  /** `--loop CODE` names no loop the diagram found; `known` lists the codes it has. */
  readonly unknownLoop: (code: string, known: readonly string[]) => string;
  readonly loopNeedsLoops: string;
  /** Progress lines on standard error (see progress.ts). */
  readonly progress: {
    readonly reading: (file: string) => string;
    readonly layingOut: (view: string) => string;
    readonly drawing: (format: string) => string;
    readonly converting: (format: string) => string;
  };
}

const list = (items: readonly string[], none: string) =>
  items.length ? items.slice(0, 8).join(', ') + (items.length > 8 ? ', …' : '') : none;

export const CLI_WORDS: Readonly<Record<UiLanguage, CliWords>> = {
  nb: {
    severity: { error: 'feil', warning: 'advarsel' },
    valid: 'gyldig',
    invalid: 'ugyldig',
    counts: (e, w) => `${e} feil, ${w} ${w === 1 ? 'advarsel' : 'advarsler'}`,
    wrote: (path) => `Skrev ${path}`,
    unknownSelected: (id, view, known) => `--selected ${id}: ingen slik id i visningen ${view} (finnes: ${list(known, 'ingen')})`,
    unknownLoop: (code, known) => `--loop ${code}: ingen slik sløyfe i diagrammet (finnes: ${list(known, 'ingen')})`,
    loopNeedsLoops: '--loop gjelder bare --view loops',
    progress: {
      reading: (file) => `Leser ${file} …`,
      layingOut: (view) => `Legger ut ${view} …`,
      drawing: (format) => `Tegner ${format} …`,
      converting: (format) => `Gjør om til ${format} …`,
    },
  },
  nn: {
    severity: { error: 'feil', warning: 'åtvaring' },
    valid: 'gyldig',
    invalid: 'ugyldig',
    counts: (e, w) => `${e} feil, ${w} ${w === 1 ? 'åtvaring' : 'åtvaringar'}`,
    wrote: (path) => `Skreiv ${path}`,
    unknownSelected: (id, view, known) => `--selected ${id}: inga slik id i visinga ${view} (finst: ${list(known, 'ingen')})`,
    unknownLoop: (code, known) => `--loop ${code}: inga slik sløyfe i diagrammet (finst: ${list(known, 'ingen')})`,
    loopNeedsLoops: '--loop gjeld berre --view loops',
    progress: {
      reading: (file) => `Les ${file} …`,
      layingOut: (view) => `Legg ut ${view} …`,
      drawing: (format) => `Teiknar ${format} …`,
      converting: (format) => `Gjer om til ${format} …`,
    },
  },
  en: {
    severity: { error: 'error', warning: 'warning' },
    valid: 'valid',
    invalid: 'invalid',
    counts: (e, w) => `${e} ${e === 1 ? 'error' : 'errors'}, ${w} ${w === 1 ? 'warning' : 'warnings'}`,
    wrote: (path) => `Wrote ${path}`,
    unknownSelected: (id, view, known) => `--selected ${id}: no such id in the ${view} view (it has: ${list(known, 'none')})`,
    unknownLoop: (code, known) => `--loop ${code}: no such loop in the diagram (it has: ${list(known, 'none')})`,
    loopNeedsLoops: '--loop applies to --view loops only',
    progress: {
      reading: (file) => `Reading ${file} …`,
      layingOut: (view) => `Laying out ${view} …`,
      drawing: (format) => `Drawing ${format} …`,
      converting: (format) => `Converting to ${format} …`,
    },
  },
};
