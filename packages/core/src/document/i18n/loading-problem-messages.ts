// The problems of loading and drawing, apart from those about the document's content (problem-messages.ts): views
// report these before, or without, loading the validator, whose chunk carries the other messages.
import type { Problem, ProblemCode, ProblemParams, Severity } from '../problems.js';
import type { UiLanguage } from './languages.js';

type Message = (p: ProblemParams) => string;
export interface ProblemText {
  severity: Severity;
  nb: Message;
  nn: Message;
  en: Message;
}

/** The codes of loading (`src`, JSON syntax) and drawing: a view may report them before any validation. */
export type LoadingProblemCode = Extract<
  ProblemCode,
  'json-syntax' | 'fetch-failed' | 'fetch-too-large' | 'load-cancelled' | 'layout-failed'
>;

export const LOADING_PROBLEM_TEXTS: Readonly<Record<LoadingProblemCode, ProblemText>> = {
  'json-syntax': {
    severity: 'error',
    nb: (p) => `Dokumentet er ikke gyldig JSON: ${p.detail}`,
    nn: (p) => `Dokumentet er ikkje gyldig JSON: ${p.detail}`,
    en: (p) => `The document is not valid JSON: ${p.detail}`,
  },
  'fetch-failed': {
    severity: 'error',
    nb: (p) => `Kunne ikke hente ${p.url} (${p.detail}).`,
    nn: (p) => `Kunne ikkje hente ${p.url} (${p.detail}).`,
    en: (p) => `Could not load ${p.url} (${p.detail}).`,
  },
  'fetch-too-large': {
    severity: 'error',
    nb: (p) => `Dokumentet ${p.url} er større enn grensen på ${p.limit}.`,
    nn: (p) => `Dokumentet ${p.url} er større enn grensa på ${p.limit}.`,
    en: (p) => `The document ${p.url} is larger than the limit of ${p.limit}.`,
  },
  'load-cancelled': {
    severity: 'error',
    nb: () => 'Klargjøringen av dokumentet ble avbrutt; det vises ikke.',
    nn: () => 'Førebuinga av dokumentet vart avbroten; det blir ikkje vist.',
    en: () => 'Preparing the document was cancelled; it is not shown.',
  },
  'layout-failed': {
    severity: 'error',
    nb: (p) => `Visningen ${p.view} kunne ikke tegnes: ${p.detail}`,
    nn: (p) => `Visinga ${p.view} kunne ikkje teiknast: ${p.detail}`,
    en: (p) => `The ${p.view} view could not be drawn: ${p.detail}`,
  },
};

/** A problem of `code` with its messages in every UI language. */
export function problemOf(code: ProblemCode, text: ProblemText, pointer: string, params: ProblemParams, severity: Severity): Problem {
  const message: Record<UiLanguage, string> = { nb: text.nb(params), nn: text.nn(params), en: text.en(params) };
  return { pointer, code, severity, params, message };
}

/** `makeProblem` for the loading and drawing codes only: it does not bring the document's messages along. */
export function makeLoadingProblem(
  code: LoadingProblemCode,
  pointer: string,
  params: ProblemParams = {},
  severity: Severity = LOADING_PROBLEM_TEXTS[code].severity,
): Problem {
  return problemOf(code, LOADING_PROBLEM_TEXTS[code], pointer, params, severity);
}
