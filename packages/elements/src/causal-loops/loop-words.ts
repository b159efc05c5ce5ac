import type { CldNode, Loop } from '@floke/core';
import { joinDrawnLines } from '../base/export-image.js';
import type { UiStrings } from '../base/strings.js';
import type { LoopIndex } from './loop-index.js';

/** What the causal-loop view says in words: loops, links and factors, as announced and listed. */
export class LoopWords {
  constructor(
    private readonly index: LoopIndex,
    private readonly strings: UiStrings,
  ) {}

  /** "R2 Siloen låser seg", or just the code when the loop has no name. */
  title(loop: Loop): string {
    const code = this.index.codes.get(loop.id) ?? loop.polarity;
    if (!loop.name) return code;
    return loop.name.startsWith(code) ? loop.name : `${code} ${loop.name}`;
  }

  /** The loop's name without its code ('' when it has none). */
  name(loop: Loop): string {
    const code = this.index.codes.get(loop.id);
    if (!loop.name) return '';
    return code && loop.name.startsWith(code) ? loop.name.slice(code.length).trim() : loop.name;
  }

  /** "samarbeid → tillit → samarbeid". */
  path(loop: Loop): string {
    const names = loop.members.map((id) => this.index.labels.get(id) ?? id);
    return [...names, names[0]].join(' → ');
  }

  /** "R2 Siloen låser seg: … (forsterkende)". */
  loop(loop: Loop): string {
    return this.strings.cld.loopSentence(this.title(loop), this.path(loop), loop.polarity, loop.hasDelay);
  }

  /** "Mer frafall øker utenforskap, med forsinkelse". */
  link(link: { from: string; to: string; polarity: '+' | '-'; delay: boolean }): string {
    const label = (id: string) => this.index.labels.get(id) ?? id;
    return this.strings.cld.linkSentence(label(link.from), label(link.to), link.polarity, link.delay);
  }

  /** A factor's accessible name: the label exactly as drawn (WCAG 2.5.3), then its links and loops. */
  factor(node: CldNode): string {
    const degree = this.index.degree(node.id);
    return this.strings.cld.factorLabel(joinDrawnLines(node.lines), degree.out, degree.into, this.index.loopsThrough(node.id).length);
  }
}
