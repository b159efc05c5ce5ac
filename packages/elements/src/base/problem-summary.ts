import type { Problem, UiLanguage } from '@floke/core';
import { html, nothing, type TemplateResult } from 'lit';
import type { CommonUiStrings } from './strings.js';

/**
 * The visible, localised list of a document's problems. Errors first; each item names its place (JSON
 * pointer) and what was expected. Announced politely, so screen-reader users hear that something is wrong.
 */
export function renderProblemSummary(
  problems: readonly Problem[],
  strings: CommonUiStrings,
  lang: UiLanguage,
  headingLevel = 2,
): TemplateResult | typeof nothing {
  if (problems.length === 0) return nothing;
  const errors = problems.filter((p) => p.severity === 'error');
  const warnings = problems.filter((p) => p.severity === 'warning');
  const heading = strings.problemsHeading(errors.length, warnings.length);
  return html`
    <section part="problems" class="problems ${errors.length ? 'has-errors' : 'has-warnings'}" role="status" aria-label=${heading}>
      <div class="problems-heading" role="heading" aria-level=${Math.min(6, headingLevel)}>${heading}</div>
      <p class="problems-intro">${strings.problemsIntro}</p>
      <ul class="problems-list">
        ${[...errors, ...warnings].map(
          (problem) => html`
            <li class="problem ${problem.severity}" data-code=${problem.code} data-pointer=${problem.pointer}>
              <strong class="problem-severity">${strings.severity[problem.severity]}</strong>
              <span class="problem-place">${strings.problemPlace(problem.pointer)}</span>:
              <span class="problem-message">${problem.message[lang]}</span>
              <code class="problem-code">${problem.code}</code>
            </li>
          `,
        )}
      </ul>
    </section>
  `;
}
