import type { UiLanguage } from '../document/i18n/languages.js';
import { ELEMENT_KINDS, type ElementKind } from '../document/vocabulary.js';
import { dateFormatter } from '../summary/indicator-progress.js';
import type { DocumentDiff, ElementRef, LoopBreak, LoopRef } from './diff-types.js';
import { DIFF_WORDS, signed, type DiffWords } from './diff-words.js';

/** A diff told in words: one headline of counts, then one sentence per loop, link, move, network and indicator change. */
export interface DiffSummary {
  /** "Siden mars 2024: 3 nye satsinger, 1 aktør borte, 4 endret." */
  readonly headline: string;
  /** The rest, loops first (broken, appeared, changed), then polarity flips, moves, the network and indicators. */
  readonly sentences: readonly string[];
  /** Headline and sentences as one paragraph. */
  readonly text: string;
}

/** Counts by kind in the order of `ELEMENT_KINDS`, each told by `say`. */
function byKind(items: readonly ElementRef[], say: (count: number, kind: ElementKind) => string): string[] {
  return ELEMENT_KINDS.map((kind) => [kind, items.filter((item) => item.kind === kind).length] as const)
    .filter(([, count]) => count > 0)
    .map(([kind, count]) => say(count, kind));
}

function listed(names: readonly string[], and: string): string {
  return names.length <= 1 ? (names[0] ?? '') : `${names.slice(0, -1).join(', ')} ${and} ${names.at(-1)}`;
}

/**
 * The diff in `lang`: a headline with what was added, removed and changed ("Siden mars 2024: 3 nye satsinger …", the
 * date from the earlier version's `updated`), then a sentence for each broken loop with what broke it, each new loop,
 * each loop whose polarity or evidence changed, each link whose sign turned, each move, the network's ties and brokers
 * and each indicator with new values. Names come from `diff.names`. Pure.
 */
export function diffSummary(diff: DocumentDiff, lang: UiLanguage): DiffSummary {
  const w: DiffWords = DIFF_WORDS[lang];
  const name = (id: string) => diff.names[id] ?? id;
  const loopName = (loop: LoopRef) => w.loop(loop.code || loop.name || loop.id);
  const members = (loop: LoopRef) => [...loop.members, loop.members[0]!].map(name).join(' → ');
  const counts = [
    ...byKind(diff.elements.added, w.added),
    ...byKind(diff.elements.removed, w.removed),
    ...(diff.elements.changed.length ? [w.changed(diff.elements.changed.length)] : []),
  ];
  const opening = diff.before.updated ? w.since(dateFormatter(lang)(diff.before.updated)) : w.fromPrevious;
  const headline = `${opening}: ${counts.length ? counts.join(', ') : w.nothing}.`;
  const because = (reasons: readonly LoopBreak[]) =>
    listed(
      reasons.map((r) => (r.reason === 'factor-removed' ? w.factorRemoved(name(r.factor)) : w.linkRemoved(name(r.from), name(r.to)))),
      w.and,
    );
  const sentences = [
    ...diff.loops.broke.map((loop) =>
      loop.because.length ? w.broke(loopName(loop), members(loop), because(loop.because)) : w.notFound(loopName(loop), members(loop)),
    ),
    ...diff.loops.appeared.map((loop) => w.appeared(loopName(loop), members(loop))),
    ...diff.loops.changed.flatMap((change) => [
      ...(change.polarityChanged ? [w.polarity(loopName(change.after), change.before.polarity, change.after.polarity)] : []),
      ...(change.evidenceChanged
        ? [w.evidence(loopName(change.after), change.after.evidence.stated, change.after.members.length, change.before.evidence.stated)]
        : []),
    ]),
    ...diff.polarityFlips.map((flip) => w.flip(name(flip.from), name(flip.to), sign(flip.before), sign(flip.after))),
    ...diff.moves.map((move) => {
      const place = (id: string | undefined) => (id === undefined ? undefined : (diff.names[`${move.field}:${id}`] ?? id));
      return w.move(name(move.id), move.field, place(move.before), place(move.after));
    }),
    ...networkSentences(diff, w, name),
    ...indicatorSentences(diff, w, lang),
    ...(diff.loops.complete ? [] : [w.incomplete]),
  ];
  return { headline, sentences, text: [headline, ...sentences].join(' ') };
}

/** Minus as the typographic sign (U+2212), as the loop view marks negative links. */
const sign = (polarity: '+' | '-') => (polarity === '-' ? '−' : '+');

function networkSentences(diff: DocumentDiff, w: DiffWords, name: (id: string) => string): string[] {
  const { tiesGained, tiesLost, brokersGained, brokersLost, crossLevelTies, crossSectorTies } = diff.network;
  const level = crossLevelTies.after - crossLevelTies.before;
  const sector = crossSectorTies.after - crossSectorTies.before;
  return [
    ...(tiesGained.length || tiesLost.length ? [w.ties(tiesGained.length, tiesLost.length)] : []),
    ...(level || sector ? [w.crossing(signed(level), signed(sector))] : []),
    ...(brokersGained.length ? [w.brokersGained(listed(brokersGained.map(name), w.and))] : []),
    ...(brokersLost.length ? [w.brokersLost(listed(brokersLost.map(name), w.and))] : []),
  ];
}

function indicatorSentences(diff: DocumentDiff, w: DiffWords, lang: UiLanguage): string[] {
  const formatDate = dateFormatter(lang);
  const byIndicator = new Map<string, string[]>();
  for (const value of diff.indicators.valuesAdded) {
    if (value.target) continue;
    const dates = byIndicator.get(value.indicator) ?? [];
    dates.push(formatDate(value.date));
    byIndicator.set(value.indicator, dates);
  }
  return [...byIndicator].map(([id, dates]) => w.values(dates.length, diff.names[`indicator:${id}`] ?? id, dates.join(', ')));
}
