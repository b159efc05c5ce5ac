import type { HorizonPlacement, NormalizedElement, UiLanguage } from '@floke/core';
import { formatPartialDate } from '../base/format-date.js';
import type { CommonUiStrings } from '../base/strings.js';

/** What the horizons say of an element in words: when, what else, and its accessible name. */
export class HorizonWords {
  constructor(
    private readonly strings: CommonUiStrings,
    private readonly lang: UiLanguage,
  ) {}

  /** A partial date in words: "2026", "mars 2026", "4. mars 2026". */
  date(text: string): string {
    return formatPartialDate(text, this.lang);
  }

  /** "mars 2026", "2021–2024", or "udatert". */
  when(e: NormalizedElement): string {
    const t = this.strings.horizons;
    const date = (text: string) => this.date(text);
    if (e.date) return date(e.date);
    if (e.period) return t.period(e.period.start && date(e.period.start), e.period.end && date(e.period.end));
    return t.undated;
  }

  /** "på vei mot H3, planlagt, før tidsaksen". */
  extra(e: { shift?: string | undefined; planned: boolean; outOfRange?: string | undefined }): string {
    const t = this.strings.horizons;
    return [
      e.shift === 'toward-h3' ? t.towardH3 : e.shift === 'absorbed-by-h1' ? t.absorbedByH1 : '',
      e.planned ? t.planned : '',
      e.outOfRange === 'before' ? t.before : e.outOfRange === 'after' ? t.after : '',
    ]
      .filter(Boolean)
      .join(', ');
  }

  /** The extra words of a document element, with its placement when it has one. */
  extraOf(e: NormalizedElement, placement: HorizonPlacement | undefined): string {
    return this.extra({
      shift: e.horizonShift && e.horizon === 'H2' ? e.horizonShift : undefined,
      planned: e.planned,
      outOfRange: placement?.outOfRange,
    });
  }

  /** The accessible name of a point: kind, label, horizon, when and the rest. */
  pointLabel(p: HorizonPlacement, element: NormalizedElement): string {
    const t = this.strings;
    return t.horizons.pointLabel(
      t.kinds[p.kind as keyof typeof t.kinds] ?? p.kind,
      p.label,
      t.horizons.names[p.horizon],
      this.when(element),
      this.extra({ shift: p.shift, planned: p.planned, outOfRange: p.outOfRange }),
    );
  }
}
