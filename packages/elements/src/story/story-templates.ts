import type { NormalizedDocument, NormalizedStoryStep } from '@floke/core';
import { html, nothing } from 'lit';
import type { StoryStrings } from './story-strings.js';

/** The language the step's caption is written in: the entry of `captions` the model picked. */
export function captionLanguage(step: NormalizedStoryStep, fallback: string): string {
  return Object.entries(step.captions).find(([, text]) => text === step.caption)?.[0] ?? fallback;
}

/** "Halogen (2023), l. 593–596: «…»": each source of a step with the place in it, when given. */
export function renderStepSources(step: NormalizedStoryStep, model: NormalizedDocument, t: StoryStrings) {
  if (step.sources.length === 0) return nothing;
  const byId = new Map(model.sources.map((source) => [source.id, source]));
  const locators = [...step.sourceLocators];
  const entries = step.sources.map((id) => {
    const source = byId.get(id);
    const name = source ? `${source.publisher ?? source.title}${source.year ? ` (${source.year})` : ''}` : id;
    // Locators come in document order beside the ids; an id given plainly has none.
    const at = locators.findIndex((l) => l.source === id);
    const locator = at < 0 ? undefined : locators.splice(at, 1)[0]!.locator;
    return locator ? `${name}, ${locator}` : name;
  });
  return html`<details class="sources" part="sources">
    <summary>${t.sources(entries.length)}</summary>
    <ul lang=${model.language}>
      ${entries.map((entry) => html`<li>${entry}</li>`)}
    </ul>
  </details>`;
}

/** The progress line's steps as marks: done, the current one (taller and filled), and those ahead. Decorative. */
export function renderProgressMarks(position: number, count: number) {
  return html`<ol class="marks" aria-hidden="true">
    ${Array.from({ length: count }, (_, i) => html`<li class=${i + 1 < position ? 'done' : i + 1 === position ? 'current' : 'ahead'}></li>`)}
  </ol>`;
}
