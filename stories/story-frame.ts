import { html, type TemplateResult } from 'lit';

export type StoryLanguage = 'nb' | 'nn' | 'en';
export type StoryScheme = 'light' | 'dark';

/** Controls every view story shares: the page language and colour scheme. */
export const themeArgTypes = {
  lang: { control: 'inline-radio', options: ['nb', 'nn', 'en'] },
  colorScheme: { control: 'inline-radio', options: ['light', 'dark'] },
} as const;

/** Wraps a view the way a page would: `lang` and `data-color-scheme` on an ancestor, with a matching background. */
export function themedFrame(lang: StoryLanguage, colorScheme: StoryScheme, content: TemplateResult): TemplateResult {
  return html`<div
    lang=${lang}
    data-color-scheme=${colorScheme}
    style="padding: 1rem; background: ${colorScheme === 'dark' ? '#0f1722' : '#fff'}"
  >
    ${content}
  </div>`;
}
