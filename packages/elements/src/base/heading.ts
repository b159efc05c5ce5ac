import { html, nothing } from 'lit';

/** A heading level as ARIA allows it: a whole number from 1 to 6. */
export const clampHeadingLevel = (level: number) => Math.min(6, Math.max(1, Math.round(level) || 1));

/**
 * A heading at an outline level set by the page (`heading-level`), not by the tag: `role="heading"` with
 * `aria-level`, so its look (the class) stays the same at any level. `level` is the view's own level plus the
 * depth of the section; the class says how it looks: `heading-section` (a part of the view) or `heading-sub`
 * (a part of a part).
 */
export function heading(level: number, content: unknown, options: { className?: string; part?: string; id?: string } = {}) {
  // One line: the heading's text content is its text, with no white space around it.
  // prettier-ignore
  return html`<div role="heading" aria-level=${clampHeadingLevel(level)} class=${options.className ?? 'heading-section'} part=${options.part ?? nothing} id=${options.id ?? nothing}>${content}</div>`;
}
