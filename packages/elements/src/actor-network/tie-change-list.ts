import type { UiLanguage } from '@floke/core';
import type { DocumentDiff } from '@floke/core/diff';
import { html, nothing } from 'lit';
import { heading } from '../base/heading.js';

/** Headings of the text alternative's lists of ties gained and lost in compare mode. */
export const TIE_CHANGE_STRINGS: Readonly<Record<UiLanguage, { gained: (n: number) => string; lost: (n: number) => string }>> = {
  nb: { gained: (n) => `Nye bånd (${n})`, lost: (n) => `Bånd som er borte (${n})` },
  nn: { gained: (n) => `Nye band (${n})`, lost: (n) => `Band som er borte (${n})` },
  en: { gained: (n) => `New ties (${n})`, lost: (n) => `Ties gone (${n})` },
};

/**
 * The text alternative's lists of the ties compare mode marks: every tie gained and lost (those the drawing cannot
 * mark, in a crowd or to a gone actor, too), each by its two actors' names. Nothing when none changed.
 */
export function renderTieChangeLists(
  diff: DocumentDiff | undefined,
  nameOf: (id: string) => string,
  lang: UiLanguage,
  headingLevel: number,
) {
  if (!diff) return nothing;
  const t = TIE_CHANGE_STRINGS[lang];
  const list = (status: 'gained' | 'lost', ties: DocumentDiff['network']['tiesGained']) =>
    ties.length
      ? html`<section class="tie-change-list" data-list=${`ties-${status}`}>
          ${heading(headingLevel, t[status](ties.length))}
          <ul>
            ${ties.map(
              (tie) =>
                html`<li data-change=${status} data-ties=${`${tie.source} ${tie.target}`}>
                  ${nameOf(tie.source)} – ${nameOf(tie.target)}
                </li>`,
            )}
          </ul>
        </section>`
      : nothing;
  return html`${list('gained', diff.network.tiesGained)}${list('lost', diff.network.tiesLost)}`;
}
