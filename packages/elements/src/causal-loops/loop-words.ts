import { loopMemberName, type ActionItem, type CldNode, type LinkEvidence, type Loop, type UiLanguage } from '@floke/core';
import { joinDrawnLines } from '../base/drawn-lines.js';
import { intlLocales } from '../base/intl-locales.js';
import { midSentence } from '../base/string-helpers.js';
import type { CommonUiStrings } from '../base/strings.js';
import type { LoopIndex } from './loop-index.js';
import { LOOP_UI_STRINGS } from './loop-ui-strings.js';

/** What the causal-loop view says in words: loops, links and factors, as announced and listed. */
export class LoopWords {
  constructor(
    private readonly index: LoopIndex,
    private readonly strings: CommonUiStrings,
    private readonly lang: UiLanguage = 'nb',
  ) {}

  /** "R2 Siloen låser seg", or the code and the members of a loop with no name ("R8 Fattigdom → utenforskap → …"). */
  title(loop: Loop): string {
    const code = this.index.codes.get(loop.id) ?? loop.polarity;
    if (!loop.name) return `${code} ${this.name(loop)}`;
    return loop.name.startsWith(code) ? loop.name : `${code} ${loop.name}`;
  }

  /** The loop's name without its code; a loop with none is named by its first members ("Fattigdom → utenforskap"). */
  name(loop: Loop): string {
    const code = this.index.codes.get(loop.id);
    if (!loop.name) return this.memberName(loop);
    return code && loop.name.startsWith(code) ? loop.name.slice(code.length).trim() : loop.name;
  }

  /** "Fattigdom → utenforskap → psykisk helse", or the first three and "… (+4)" for a longer loop. */
  memberName(loop: Loop): string {
    const { shown, more } = loopMemberName(loop.members.map((id) => this.label(id)));
    const names = shown.map((label, i) => (i === 0 ? label : midSentence(label))).join(' → ');
    return more > 0 ? `${names} → ${LOOP_UI_STRINGS[this.lang].moreMembers(more)}` : names;
  }

  /** "samarbeid → tillit → samarbeid". */
  path(loop: Loop): string {
    const names = loop.members.map((id) => this.index.labels.get(id) ?? id);
    return [...names, names[0]].join(' → ');
  }

  /**
   * "R2 Siloen låser seg: … (forsterkende) — alle lenkene er belagt i kilder". A loop with no name is named by its path
   * alone ("R8: fattigdom → … → fattigdom"), so its members are not read out twice.
   */
  loop(loop: Loop): string {
    const t = this.strings.cld;
    const title = loop.name ? this.title(loop) : (this.index.codes.get(loop.id) ?? loop.polarity);
    return `${t.loopSentence(title, this.path(loop), loop.polarity, loop.hasDelay)} — ${t.loopEvidence(loop.evidence)}`;
  }

  /** "1 samarbeid → 2 tillit → 1 samarbeid": the path with the numbers of the card's ring drawing. */
  numberedPath(loop: Loop): string {
    const names = loop.members.map((id, i) => `${i + 1} ${this.label(id)}`);
    return [...names, names[0]].join(' → ');
  }

  /** What a loop rests on, with "Hypotese:" before it when it rests on an inferred link. */
  evidence(loop: Loop): string {
    const t = this.strings.cld;
    return loop.hypothesised ? `${t.hypothesised}: ${t.loopEvidence(loop.evidence)}` : t.loopEvidence(loop.evidence);
  }

  /** "Mer frafall øker utenforskap, med forsinkelse", and " (antatt, …)" after an inferred link. */
  link(link: { from: string; to: string; polarity: '+' | '-'; delay: boolean; evidence?: LinkEvidence }): string {
    const t = this.strings.cld;
    const sentence = t.linkSentence(this.label(link.from), this.label(link.to), link.polarity, link.delay);
    return link.evidence === 'inferred' ? sentence + t.inferredLink : sentence;
  }

  /** A factor's label (its id when it has none). */
  label(id: string): string {
    return this.index.labels.get(id) ?? id;
  }

  /** "Forankring driver 5 sløyfer gjennom tverrsektorielt samarbeid". */
  lever(item: ActionItem): string {
    return this.strings.cld.leverSentence(
      this.label(item.id),
      item.inLoops.length,
      item.reaches.loops.length,
      item.reaches.via.map((id) => this.label(id)),
      item.reaches.factors,
    );
  }

  /** "påvirkning 3,0 · avhengighet 1,0", one decimal in the view language. */
  scores(item: ActionItem): string {
    const format = new Intl.NumberFormat(intlLocales(this.lang), { minimumFractionDigits: 1, maximumFractionDigits: 1 });
    return this.strings.cld.scores(format.format(item.influence), format.format(item.dependence));
  }

  /** A factor's accessible name: the label exactly as drawn (WCAG 2.5.3), then its links and loops. */
  factor(node: CldNode): string {
    const degree = this.index.degree(node.id);
    return this.strings.cld.factorLabel(joinDrawnLines(node.lines), degree.out, degree.into, this.index.loopsThrough(node.id).length);
  }
}
