import type { Problem, UiLanguage } from '@floke/core';
import { html, nothing, type TemplateResult } from 'lit';
import { renderProblemSummary } from './problem-summary.js';
import type { CommonUiStrings } from './strings.js';

/** How a public widget shows problems: `none`, `summary` (one calm line with a count) or `full` (the editor's list). */
export const PROBLEM_MODES = ['none', 'summary', 'full'] as const;
export type ProblemMode = (typeof PROBLEM_MODES)[number];

/** Codes of problems in getting the document, not in the document: no editor can fix those in the JSON. */
const LOADING_CODES: ReadonlySet<string> = new Set(['fetch-failed', 'fetch-too-large']);

const CALM_WORDS: Record<UiLanguage, { notLoaded: string; notShown: (count: number) => string }> = {
  nb: {
    notLoaded: 'Innholdet kunne ikke hentes akkurat nå.',
    notShown: (n) => `${n === 1 ? 'Én del' : `${n} deler`} av dokumentet kunne ikke vises.`,
  },
  nn: {
    notLoaded: 'Innhaldet kunne ikkje hentast akkurat no.',
    notShown: (n) => `${n === 1 ? 'Éin del' : `${n} delar`} av dokumentet kunne ikkje visast.`,
  },
  en: {
    notLoaded: 'The content could not be loaded just now.',
    notShown: (n) => `${n === 1 ? 'One part' : `${n} parts`} of the document could not be shown.`,
  },
};

/** Whether a problem is about getting the document rather than its content. */
export const isLoadingProblem = (problem: Problem) => LOADING_CODES.has(problem.code);

/**
 * Problems as a public page should show them. A failure to load is one calm line (its detail, such as the HTTP
 * status, in the title for whoever inspects it) in every mode but `none`, and never asks to fix the JSON.
 * The document's own errors are one line with their count in `summary` mode, the full list in `full` mode;
 * warnings are only listed in `full` mode.
 */
export function renderCalmProblems(
  problems: readonly Problem[],
  mode: ProblemMode,
  strings: CommonUiStrings,
  lang: UiLanguage,
  headingLevel: number,
): TemplateResult | typeof nothing {
  if (mode === 'none' || problems.length === 0) return nothing;
  const words = CALM_WORDS[lang];
  const loading = problems.filter(isLoadingProblem);
  const content = problems.filter((p) => !isLoadingProblem(p));
  const errors = content.filter((p) => p.severity === 'error');
  const loadLine = loading.length
    ? html`<p class="calm-problem" part="problems" role="status" title=${loading.map((p) => p.message[lang]).join(' ')}>
        ${words.notLoaded}
      </p>`
    : nothing;
  if (mode === 'full') return html`${loadLine}${renderProblemSummary(content, strings, lang, headingLevel)}`;
  const contentLine = errors.length
    ? html`<p class="calm-problem" part="problems" role="status">${words.notShown(errors.length)}</p>`
    : nothing;
  return html`${loadLine}${contentLine}`;
}
